package dev.assetflow.processor.validation;

import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.base.TypeDescriptions;
import dev.assetflow.processor.base.Suggestions;
import dev.assetflow.processor.model.AssetDeclaration;
import dev.assetflow.processor.model.CheckDeclaration;
import dev.assetflow.processor.model.ColumnModel;
import dev.assetflow.processor.model.DecimalAnnotation;
import dev.assetflow.processor.model.ParameterDeclaration;
import dev.assetflow.processor.model.RowTypeModel;
import dev.assetflow.processor.model.ValueType;
import java.util.Optional;

/**
 * An input reads the upstream's own record, or a projection: a record whose every component names an
 * upstream column of the same or a wider type (for DECIMAL: as many fraction and integer digits or more),
 * and is nullable where the upstream column is.
 */
final class InputCompatibilityValidator implements AssetValidator, CheckValidator {

    @Override
    public void validate(AssetDeclaration asset, ValidationContext context, ValidationReport.Builder report) {
        validate(ParameterOwner.of(asset), context, report);
    }

    @Override
    public void validate(CheckDeclaration check, ValidationContext context, ValidationReport.Builder report) {
        validate(ParameterOwner.of(check), context, report);
    }

    private static void validate(ParameterOwner owner, ValidationContext context, ValidationReport.Builder report) {
        for (ParameterDeclaration input : owner.parameters()) {
            if (!input.isInput() || !input.rows().isSupported()) {
                continue;
            }
            Optional<RowTypeModel> stored = context.storedRowType(input.upstream());
            if (stored.isEmpty()) {
                continue;
            }
            RowTypeModel read = input.rows().requireRowType();
            if (!read.qualifiedName().equals(stored.get().qualifiedName())) {
                validateProjection(owner, input, read, input.upstream(), stored.get(), report);
            }
        }
    }

    private static void validateProjection(ParameterOwner owner, ParameterDeclaration input, RowTypeModel read,
            String upstream, RowTypeModel stored, ValidationReport.Builder report) {
        for (ColumnModel column : read.columns()) {
            if (column.valueType().isEmpty()) {
                continue;
            }
            Optional<ColumnModel> source = stored.column(column.name());
            if (source.isEmpty()) {
                var names = stored.columns().stream().map(ColumnModel::name).toList();
                report.error(Messages.missingColumn(input.name(), owner.description(), column.name(), column.componentName(),
                        read.qualifiedName(), upstream, Suggestions.closest(column.name(), names),
                        stored.columnNames()), input.parameter(), input.annotation(), input.value());
            } else if (source.get().valueType().isPresent() && !widens(source.get(), column)) {
                report.error(Messages.incompatibleColumn(input.name(), owner.description(), column.name(),
                        TypeDescriptions.describe(column.type()), upstream,
                        TypeDescriptions.describe(source.get().type())),
                        input.parameter(), input.annotation(), input.value());
            } else if (narrowsDecimal(source.get(), column)) {
                ColumnModel upstreamColumn = source.get();
                report.error(Messages.narrowingDecimal(column.componentName(), read.qualifiedName(), column.name(),
                        column.precision(), column.scale(), upstream, upstreamColumn.precision(),
                        upstreamColumn.scale(), input.name(),
                        owner.description()), column.declaration(), column.decimal().map(d -> d.mirror()),
                        column.decimal().map(d -> d.precisionValue()));
            } else if (source.get().nullable() && !column.nullable()) {
                report.error(Messages.nullableColumn(input.name(), owner.description(), column.name(), upstream,
                        TypeDescriptions.describe(column.type())), input.parameter(), input.annotation(),
                        input.value());
            }
        }
    }

    /**
     * Whether a DECIMAL column is read into a component of fewer fraction digits (smaller scale) or fewer
     * integer digits (precision minus scale) than the column holds; out-of-range annotations are reported
     * by the row type's own checks.
     */
    private static boolean narrowsDecimal(ColumnModel source, ColumnModel target) {
        if (source.requireValueType() != ValueType.DECIMAL || target.requireValueType() != ValueType.DECIMAL
                || !validDecimal(source) || !validDecimal(target)) {
            return false;
        }
        return target.scale() < source.scale()
                || target.precision() - target.scale() < source.precision() - source.scale();
    }

    private static boolean validDecimal(ColumnModel column) {
        return column.precision() >= 1 && column.precision() <= DecimalAnnotation.MAX_PRECISION
                && column.scale() >= 0 && column.scale() <= column.precision();
    }

    private static boolean widens(ColumnModel source, ColumnModel target) {
        ValueType from = source.requireValueType();
        ValueType to = target.requireValueType();
        if (from == ValueType.ENUM && to == ValueType.ENUM) {
            return source.enumType().equals(target.enumType());
        }
        return from.widensTo(to);
    }
}
