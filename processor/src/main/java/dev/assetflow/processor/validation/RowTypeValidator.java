package dev.assetflow.processor.validation;

import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.base.TypeDescriptions;
import dev.assetflow.processor.base.Warning;
import dev.assetflow.processor.model.AssetDeclaration;
import dev.assetflow.processor.model.CheckDeclaration;
import dev.assetflow.processor.model.ColumnModel;
import dev.assetflow.processor.model.DecimalAnnotation;
import dev.assetflow.processor.model.ParameterDeclaration;
import dev.assetflow.processor.model.RowTypeModel;
import dev.assetflow.processor.model.RowsDeclaration;
import dev.assetflow.processor.model.ValueType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * The rows of an asset and of its inputs are non-generic records with at least one component, and every
 * component has a column type, valid {@code @Decimal} settings and a column name of its own. A component
 * whose column cannot keep all of its value (the offset of an {@code OffsetDateTime}) is warned about, once
 * per component however many assets use its record.
 */
final class RowTypeValidator implements AssetValidator, CheckValidator {

    @Override
    public void validate(AssetDeclaration asset, ValidationContext context, ValidationReport.Builder report) {
        if (!asset.isSql()) {
            validateRows(asset.output(), "@Asset method " + asset.methodReference(), asset.method(), report);
        } else {
            asset.output().rowType().ifPresent(rowType -> validateRecord(rowType, report)); // row: see SqlAssetValidator
        }
        validateInputs(ParameterOwner.of(asset), report);
    }

    @Override
    public void validate(CheckDeclaration check, ValidationContext context, ValidationReport.Builder report) {
        validateInputs(ParameterOwner.of(check), report);
    }

    private static void validateInputs(ParameterOwner owner, ValidationReport.Builder report) {
        for (ParameterDeclaration input : owner.parameters()) {
            if (input.isInput()) {
                validateRows(input.rows(), "@Input parameter " + input.name(), input.parameter(), report);
            }
        }
    }

    private static void validateRows(RowsDeclaration rows, String usage, Element declaration,
            ValidationReport.Builder report) {
        if (rows.elementType().isEmpty()) {
            return; // not a List or Stream at all: reported by the method and parameter validators
        }
        if (rows.rowType().isEmpty()) {
            report.error(Messages.notARecord(TypeDescriptions.describe(rows.elementType().get()), usage), declaration);
            return;
        }
        validateRecord(rows.rowType().get(), report);
    }

    /** Checks a record used as rows: not generic, with columns of supported types and distinct names. */
    static void validateRecord(RowTypeModel rowType, ValidationReport.Builder report) {
        String record = rowType.qualifiedName();
        if (rowType.isGeneric()) {
            report.error(Messages.genericRecord(record), rowType.element());
            return;
        }
        if (rowType.columns().isEmpty()) {
            report.error(Messages.noColumns(record), rowType.element());
        }
        Map<String, ColumnModel> byName = new HashMap<>();
        for (ColumnModel column : rowType.columns()) {
            validateColumn(column, rowType, report);
            ColumnModel previous = byName.putIfAbsent(column.name(), column);
            if (previous != null) {
                report.error(Messages.duplicateColumn(column.name(), record, previous.componentName(),
                        column.componentName()), column.declaration());
            }
        }
    }

    private static void validateColumn(ColumnModel column, RowTypeModel rowType, ValidationReport.Builder report) {
        String record = rowType.qualifiedName();
        String type = TypeDescriptions.describe(column.type());
        if (column.valueType().isEmpty()) {
            report.error(Messages.unsupportedColumnType(column.componentName(), record, type), column.declaration());
            return;
        }
        if (column.nullableAnnotated() && column.type().getKind().isPrimitive()) {
            report.error(Messages.nullablePrimitive(column.componentName(), record, type, box(column)),
                    column.declaration());
        }
        column.decimal().ifPresent(decimal -> validateDecimal(column, decimal, record, report));
        if (column.requireValueType() == ValueType.OFFSET_DATE_TIME && rowType.fromSource()) {
            report.warning(Warning.OFFSET_NOT_STORED,
                    Messages.offsetNotStored(column.componentName(), record, column.name()), column.declaration());
        }
    }

    private static void validateDecimal(ColumnModel column, DecimalAnnotation decimal, String record,
            ValidationReport.Builder report) {
        String type = TypeDescriptions.describe(column.type());
        var mirror = Optional.of(decimal.mirror());
        if (column.requireValueType() != ValueType.DECIMAL) {
            report.error(Messages.decimalOnNonDecimal(column.componentName(), record, type),
                    column.declaration(), mirror, Optional.empty());
            return;
        }
        if (decimal.precision() < 1 || decimal.precision() > DecimalAnnotation.MAX_PRECISION) {
            report.error(Messages.decimalPrecision(column.componentName(), record, decimal.precision()),
                    column.declaration(), mirror, Optional.of(decimal.precisionValue()));
        } else if (decimal.scale() < 0 || decimal.scale() > decimal.precision()) {
            report.error(Messages.decimalScale(column.componentName(), record, decimal.scale(), decimal.precision()),
                    column.declaration(), mirror, Optional.of(decimal.scaleValue()));
        }
    }

    private static String box(ColumnModel column) {
        String primitive = column.requireValueType().javaName();
        return switch (primitive) {
            case "int" -> "Integer";
            default -> Character.toUpperCase(primitive.charAt(0)) + primitive.substring(1);
        };
    }
}
