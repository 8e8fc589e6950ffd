package dev.assetflow.processor.validation;

import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.base.Names;
import dev.assetflow.processor.model.AssetDeclaration;
import dev.assetflow.processor.model.SourceAssetDeclaration;
import dev.assetflow.processor.model.RowTypeModel;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * A source asset is a record usable as rows, visible from the Pipeline, whose key and schema are SQL
 * identifiers and whose key no asset or other source asset has.
 */
final class SourceAssetValidator {

    void validate(SourceAssetDeclaration source, ValidationContext context, ValidationReport.Builder report) {
        var annotation = Optional.of(source.annotation());
        if (source.rowType().isEmpty()) {
            report.error(Messages.sourceNotARecord(source.typeName()), source.type());
            return;
        }
        RowTypeModel rowType = source.rowType().get();
        RowTypeValidator.validateRecord(rowType, report);
        NameValidator.validateColumns(rowType, report);
        if (!Names.isSqlIdentifier(source.key())) {
            report.error(Messages.invalidName("source asset key", source.key()), source.type(), annotation,
                    source.nameValue());
        }
        if (!source.schema().isEmpty() && !Names.isSqlIdentifier(source.schema())) {
            report.error(Messages.invalidName("schema", source.schema()), source.type(), annotation,
                    source.schemaValue());
        }
        List<AssetDeclaration> assets = context.assets(source.key());
        if (!assets.isEmpty()) {
            report.error(Messages.sourceCollidesWithAsset(source.key(), source.typeName(),
                    assets.stream().map(AssetDeclaration::methodReference).toList()), source.type(), annotation,
                    source.nameValue());
        }
        List<SourceAssetDeclaration> sameKey = context.sources(source.key());
        if (sameKey.size() > 1) {
            report.error(Messages.duplicateSourceKey(source.key(),
                    sameKey.stream().map(SourceAssetDeclaration::typeName).toList()), source.type(), annotation,
                    source.nameValue());
        }
        for (TypeElement type : AccessibilityValidator.rowTypeElements(rowType)) {
            if (!AccessibilityValidator.isAccessible(type, context.pipelinePackage())) {
                report.error(Messages.inaccessibleType(type.getQualifiedName().toString(),
                        "@SourceAsset " + source.typeName(), context.pipelinePackage()), type);
            }
        }
    }
}
