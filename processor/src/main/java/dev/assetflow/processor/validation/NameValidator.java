package dev.assetflow.processor.validation;

import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.base.Names;
import dev.assetflow.processor.model.AssetDeclaration;
import dev.assetflow.processor.model.CheckDeclaration;
import dev.assetflow.processor.model.ColumnModel;
import dev.assetflow.processor.model.ParameterDeclaration;
import dev.assetflow.processor.model.RowTypeModel;
import java.util.Optional;

/** Asset keys, schemas and column names are SQL identifiers every backend accepts unquoted. */
final class NameValidator implements AssetValidator, CheckValidator {

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
        validateInputs(ParameterOwner.of(asset), report);
    }

    @Override
    public void validate(CheckDeclaration check, ValidationContext context, ValidationReport.Builder report) {
        validateInputs(ParameterOwner.of(check), report);
    }

    private static void validateInputs(ParameterOwner owner, ValidationReport.Builder report) {
        for (ParameterDeclaration input : owner.parameters()) {
            if (input.isInput()) {
                input.rows().rowType().ifPresent(rowType -> validateColumns(rowType, report));
            }
        }
    }

    /** Checks that every column name is a SQL identifier. */
    static void validateColumns(RowTypeModel rowType, ValidationReport.Builder report) {
        for (ColumnModel column : rowType.columns()) {
            if (!Names.isSqlIdentifier(column.name())) {
                report.error(Messages.invalidName("column", column.name()), column.declaration());
            }
        }
    }
}
