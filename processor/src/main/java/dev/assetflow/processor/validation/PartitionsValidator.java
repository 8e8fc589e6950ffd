package dev.assetflow.processor.validation;

import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.base.Suggestions;
import dev.assetflow.processor.base.TypeDescriptions;
import dev.assetflow.processor.model.AssetDeclaration;
import dev.assetflow.processor.model.ColumnModel;
import dev.assetflow.processor.model.PartitionKind;
import dev.assetflow.processor.model.PartitionsDeclaration;
import dev.assetflow.processor.model.RowTypeModel;
import dev.assetflow.processor.model.ValueType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * An asset is partitioned at most one way, by a column of its row type of a suitable type: a date or
 * timestamp for daily and monthly partitions, a String or enum for static ones. Time windows have parseable
 * bounds in order; static keys are listed, distinct, and constants of an enum column.
 */
final class PartitionsValidator implements AssetValidator {

    @Override
    public void validate(AssetDeclaration asset, ValidationContext context, ValidationReport.Builder report) {
        List<PartitionsDeclaration> partitions = asset.partitions();
        if (partitions.size() > 1) {
            List<String> names = partitions.stream().map(p -> p.kind().simpleName()).toList();
            for (PartitionsDeclaration declaration : partitions) {
                report.error(Messages.multiplePartitions(asset.methodReference(), names), asset.method(),
                        Optional.of(declaration.mirror()), Optional.of(declaration.columnValue()));
            }
            return;
        }
        if (partitions.isEmpty()) {
            return;
        }
        PartitionsDeclaration declaration = partitions.get(0);
        asset.output().rowType().ifPresent(rowType -> validateColumn(asset, declaration, rowType, report));
        if (declaration.kind().isTimeWindow()) {
            validateBounds(asset, declaration, report);
        } else {
            validateValues(asset, declaration, report);
        }
    }

    private static void validateColumn(AssetDeclaration asset, PartitionsDeclaration declaration,
            RowTypeModel rowType, ValidationReport.Builder report) {
        String annotation = declaration.kind().simpleName();
        Optional<ColumnModel> column = rowType.column(declaration.column());
        if (column.isEmpty()) {
            report.error(Messages.unknownPartitionColumn(annotation, declaration.column(), asset.key(),
                    suggestion(declaration.column(), rowType), rowType.columnNames()), asset.method(),
                    Optional.of(declaration.mirror()), Optional.of(declaration.columnValue()));
            return;
        }
        Optional<ValueType> type = column.get().valueType();
        if (type.isEmpty()) {
            return; // reported as an unsupported column type
        }
        boolean suitable = declaration.kind().isTimeWindow()
                ? type.get() == ValueType.LOCAL_DATE || type.get() == ValueType.LOCAL_DATE_TIME
                : type.get() == ValueType.STRING || type.get() == ValueType.ENUM;
        if (!suitable) {
            String expected = declaration.kind().isTimeWindow() ? "LocalDate or LocalDateTime" : "String or an enum";
            report.error(Messages.partitionColumnType(annotation, column.get().name(), asset.key(),
                    TypeDescriptions.describe(column.get().type()), expected), asset.method(),
                    Optional.of(declaration.mirror()), Optional.of(declaration.columnValue()));
        } else if (column.get().nullable()) {
            report.error(Messages.nullablePartitionColumn(annotation, column.get().name(), asset.key()),
                    asset.method(), Optional.of(declaration.mirror()), Optional.of(declaration.columnValue()));
        } else if (type.get() == ValueType.ENUM) {
            validateEnumValues(asset, declaration, column.get(), report);
        }
    }

    /** A column name close to {@code name}, or the column of a component named {@code name}. */
    private static Optional<String> suggestion(String name, RowTypeModel rowType) {
        for (ColumnModel column : rowType.columns()) {
            if (column.componentName().equals(name)) {
                return Optional.of(column.name());
            }
        }
        return Suggestions.closest(name, rowType.columns().stream().map(ColumnModel::name).toList());
    }

    private static void validateBounds(AssetDeclaration asset, PartitionsDeclaration declaration,
            ValidationReport.Builder report) {
        Optional<LocalDate> start = parse(asset, declaration, "start", declaration.start(), declaration.startValue(),
                report);
        Optional<LocalDate> end = declaration.end().isEmpty() ? Optional.empty()
                : parse(asset, declaration, "end", declaration.end(), declaration.endValue(), report);
        if (start.isPresent() && end.isPresent() && start.get().isAfter(end.get())) {
            report.error(Messages.partitionRange(declaration.kind().simpleName(), declaration.start(),
                    declaration.end(), asset.key()), asset.method(), Optional.of(declaration.mirror()),
                    declaration.startValue());
        }
    }

    /** A daily bound as its day, a monthly bound as the first day of its month; empty after reporting. */
    private static Optional<LocalDate> parse(AssetDeclaration asset, PartitionsDeclaration declaration,
            String attribute, String text, Optional<AnnotationValue> value, ValidationReport.Builder report) {
        boolean daily = declaration.kind() == PartitionKind.DAILY;
        try {
            return Optional.of(daily ? LocalDate.parse(text) : YearMonth.parse(text).atDay(1));
        } catch (DateTimeParseException e) {
            String format = daily ? "ISO date such as 2024-01-31" : "month such as 2024-01 (yyyy-MM)";
            report.error(Messages.invalidPartitionBound(declaration.kind().simpleName(), attribute, text, asset.key(),
                    format), asset.method(), Optional.of(declaration.mirror()), value);
            return Optional.empty();
        }
    }

    private static void validateValues(AssetDeclaration asset, PartitionsDeclaration declaration,
            ValidationReport.Builder report) {
        if (declaration.values().isEmpty()) {
            report.error(Messages.noStaticPartitions(asset.key()), asset.method(), Optional.of(declaration.mirror()),
                    declaration.valuesValue());
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < declaration.values().size(); i++) {
            String value = declaration.values().get(i);
            Optional<AnnotationValue> entry = Optional.of(declaration.valueEntries().get(i));
            if (value.isBlank()) {
                report.error(Messages.blankStaticPartition(asset.key()), asset.method(),
                        Optional.of(declaration.mirror()), entry);
            } else if (!seen.add(value)) {
                report.error(Messages.duplicateStaticPartition(value, asset.key()), asset.method(),
                        Optional.of(declaration.mirror()), entry);
            }
        }
    }

    private static void validateEnumValues(AssetDeclaration asset, PartitionsDeclaration declaration,
            ColumnModel column, ValidationReport.Builder report) {
        TypeElement enumType = (TypeElement) ((DeclaredType) column.type()).asElement();
        List<String> constants = enumType.getEnclosedElements().stream()
                .filter(element -> element.getKind() == ElementKind.ENUM_CONSTANT)
                .map(Element::getSimpleName).map(Object::toString).toList();
        for (int i = 0; i < declaration.values().size(); i++) {
            String value = declaration.values().get(i);
            if (!value.isBlank() && !constants.contains(value)) {
                report.error(Messages.partitionNotAnEnumConstant(value, asset.key(),
                        enumType.getQualifiedName().toString(), Suggestions.closest(value, constants), constants),
                        asset.method(), Optional.of(declaration.mirror()),
                        Optional.of(declaration.valueEntries().get(i)));
            }
        }
    }
}
