package dev.assetflow.processor.validation;

import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.base.Names;
import dev.assetflow.processor.model.AssetDeclaration;
import dev.assetflow.processor.model.ColumnModel;
import dev.assetflow.processor.model.InputDeclaration;
import dev.assetflow.processor.model.RowTypeModel;
import java.util.Optional;

/** Asset keys, schemas and column names are SQL identifiers every backend accepts unquoted. */
final class NameValidator implements AssetValidator {

    @Override
    public void validate(AssetDeclaration asset, ValidationContext context, ValidationReport.Builder report) {
        if (!Names.isSqlIdentifier(asset.key())) {
            report.error(Messages.invalidName("asset key", asset.key()), asset.method(),
                    Optional.of(asset.annotation()), asset.nameValue());
        }
        if (!asset.schema().isEmpty() && !Names.isSqlIdentifier(asset.schema())) {
            report.error(Messages.invalidName("schema", asset.schema()), asset.method(),
                    Optional.of(asset.annotation()), asset.schemaValue());
        }
        asset.output().rowType().ifPresent(rowType -> validateColumns(rowType, report));
        for (InputDeclaration input : asset.inputs()) {
            input.rows().rowType().ifPresent(rowType -> validateColumns(rowType, report));
        }
    }

    private static void validateColumns(RowTypeModel rowType, ValidationReport.Builder report) {
        for (ColumnModel column : rowType.columns()) {
            if (!Names.isSqlIdentifier(column.name())) {
                report.error(Messages.invalidName("column", column.name()), column.declaration());
            }
        }
    }
}
