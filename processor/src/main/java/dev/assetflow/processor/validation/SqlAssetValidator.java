package dev.assetflow.processor.validation;

import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.base.TypeDescriptions;
import dev.assetflow.processor.model.AssetDeclaration;
import dev.assetflow.processor.model.CheckDeclaration;
import dev.assetflow.processor.model.CollectionKind;
import dev.assetflow.processor.model.ColumnModel;
import dev.assetflow.processor.model.ParameterDeclaration;
import dev.assetflow.processor.model.RowTypeModel;
import dev.assetflow.processor.model.ValueType;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * SQL assets: a method returning {@code Select<RecordN<T1, ..., TN>>} names its row record with
 * {@code @Asset(row)}, the {@code Ti} are the record's component types (or narrower: the database widens), and
 * every parameter is an {@code @Input} generated table. Java assets and checks read no tables and name no row.
 */
final class SqlAssetValidator implements AssetValidator, CheckValidator {

    private static final String RECORD_N = "org.jooq.Record";

    @Override
    public void validate(AssetDeclaration asset, ValidationContext context, ValidationReport.Builder report) {
        String method = asset.methodReference();
        if (!asset.isSql()) {
            asset.rowValue().ifPresent(value -> report.error(Messages.rowOnJavaAsset(method), asset.method(),
                    Optional.of(asset.annotation()), Optional.of(value)));
            validateNoTables(asset.parameters(), method, report);
            return;
        }
        String returned = TypeDescriptions.describe(asset.output().type());
        if (asset.rowValue().isEmpty()) {
            report.error(Messages.sqlAssetWithoutRow(method, returned), asset.method());
        } else if (asset.output().rowType().isEmpty()) {
            report.error(Messages.sqlRowNotARecord(method, String.valueOf(asset.rowValue().get().getValue())),
                    asset.method(), Optional.of(asset.annotation()), asset.rowValue());
        } else {
            validateColumns(asset, returned, asset.output().requireRowType(), report);
        }
        validateTableParameters(asset.parameters(), method, report);
    }

    @Override
    public void validate(CheckDeclaration check, ValidationContext context, ValidationReport.Builder report) {
        if (!check.sql()) {
            validateNoTables(check.parameters(), check.methodReference(), report);
            return;
        }
        validateTableParameters(check.parameters(), check.methodReference(), report);
    }

    /** Every parameter of a query (a SQL asset's or a SQL check's) is an {@code @Input} table. */
    private static void validateTableParameters(List<ParameterDeclaration> parameters, String method,
            ValidationReport.Builder report) {
        for (ParameterDeclaration parameter : parameters) {
            if (parameter.isInput() && parameter.rows().kind().isPresent()
                    && parameter.rows().kind().get() != CollectionKind.TABLE) {
                report.error(Messages.sqlInputNotTable(parameter.name(), method,
                        TypeDescriptions.describe(parameter.parameter().asType())), parameter.parameter());
            } else if (!parameter.isInput() && (parameter.isResource() || parameter.isContext())) {
                report.error(Messages.sqlParameter(parameter.name(), method), parameter.parameter());
            }
        }
    }

    private static void validateNoTables(List<ParameterDeclaration> parameters, String method,
            ValidationReport.Builder report) {
        for (ParameterDeclaration parameter : parameters) {
            if (parameter.isInput() && parameter.rows().kind().filter(kind -> kind == CollectionKind.TABLE).isPresent()) {
                report.error(Messages.tableInputOfJavaCode(parameter.name(), method,
                        TypeDescriptions.describe(parameter.parameter().asType())), parameter.parameter());
            }
        }
    }

    /** The {@code RecordN} type arguments against the row record's components, in order. */
    private static void validateColumns(AssetDeclaration asset, String returned, RowTypeModel row,
            ValidationReport.Builder report) {
        String method = asset.methodReference();
        Optional<List<? extends TypeMirror>> fields = asset.output().elementType().flatMap(SqlAssetValidator::fieldTypes);
        if (fields.isEmpty()) {
            report.error(Messages.sqlSelectType(method, returned), asset.method());
            return;
        }
        List<ColumnModel> columns = row.columns();
        if (fields.get().size() != columns.size()) {
            report.error(Messages.sqlColumnCount(method, fields.get().size(), row.qualifiedName(), columns.size(),
                    row.columnNames()), asset.method());
            return;
        }
        for (int i = 0; i < columns.size(); i++) {
            ColumnModel column = columns.get(i);
            if (column.valueType().isEmpty()) {
                continue; // reported by the row type validator
            }
            TypeMirror field = fields.get().get(i);
            if (!fits(field, column)) {
                report.error(Messages.sqlColumnType(method, i + 1, "Field<" + TypeDescriptions.describe(field) + ">",
                        column.name(), row.qualifiedName(), TypeDescriptions.describe(column.type())),
                        asset.method());
            }
        }
    }

    /** The type arguments of {@code org.jooq.RecordN<...>}, or empty for another type. */
    private static Optional<List<? extends TypeMirror>> fieldTypes(TypeMirror record) {
        if (record.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        DeclaredType declared = (DeclaredType) record;
        String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
        if (!name.startsWith(RECORD_N) || !name.substring(RECORD_N.length()).matches("[1-9][0-9]?")
                || declared.getTypeArguments().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(declared.getTypeArguments());
    }

    /** Whether a query column of type {@code field} can be inserted into {@code column} without loss. */
    private static boolean fits(TypeMirror field, ColumnModel column) {
        if (field instanceof WildcardType wildcard) {
            return wildcard.getExtendsBound() != null && fits(wildcard.getExtendsBound(), column);
        }
        Optional<ValueType> type = valueType(field);
        if (type.isEmpty()) {
            return false;
        }
        ValueType target = column.requireValueType();
        if (target == ValueType.ENUM) {
            return type.get() == ValueType.STRING; // stored as the constant's name
        }
        return type.get().widensTo(target);
    }

    private static Optional<ValueType> valueType(TypeMirror field) {
        if (field instanceof ArrayType array) {
            return array.getComponentType().getKind() == TypeKind.BYTE ? Optional.of(ValueType.BYTES) : Optional.empty();
        }
        if (field.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        String name = ((TypeElement) ((DeclaredType) field).asElement()).getQualifiedName().toString();
        return switch (name) {
            case "java.lang.Boolean" -> Optional.of(ValueType.BOOLEAN);
            case "java.lang.Byte" -> Optional.of(ValueType.BYTE);
            case "java.lang.Short" -> Optional.of(ValueType.SHORT);
            case "java.lang.Integer" -> Optional.of(ValueType.INT);
            case "java.lang.Long" -> Optional.of(ValueType.LONG);
            case "java.lang.Float" -> Optional.of(ValueType.FLOAT);
            case "java.lang.Double" -> Optional.of(ValueType.DOUBLE);
            default -> java.util.Arrays.stream(ValueType.values())
                    .filter(value -> value.javaName().equals(name)).findFirst();
        };
    }
}
