package dev.assetflow.processor.model;

import dev.assetflow.processor.base.Annotations;
import dev.assetflow.processor.base.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/** Builds the row type of a record from its components, once per record. */
final class RowTypeFactory {

    private static final Map<String, ValueType> REFERENCE_TYPES = Map.ofEntries(
            Map.entry("java.lang.Boolean", ValueType.BOOLEAN),
            Map.entry("java.lang.Byte", ValueType.BYTE),
            Map.entry("java.lang.Short", ValueType.SHORT),
            Map.entry("java.lang.Integer", ValueType.INT),
            Map.entry("java.lang.Long", ValueType.LONG),
            Map.entry("java.lang.Float", ValueType.FLOAT),
            Map.entry("java.lang.Double", ValueType.DOUBLE),
            Map.entry("java.math.BigDecimal", ValueType.DECIMAL),
            Map.entry("java.lang.String", ValueType.STRING),
            Map.entry("java.time.LocalDate", ValueType.LOCAL_DATE),
            Map.entry("java.time.LocalTime", ValueType.LOCAL_TIME),
            Map.entry("java.time.LocalDateTime", ValueType.LOCAL_DATE_TIME),
            Map.entry("java.time.Instant", ValueType.INSTANT),
            Map.entry("java.time.OffsetDateTime", ValueType.OFFSET_DATE_TIME),
            Map.entry("java.util.UUID", ValueType.UUID));

    private final Map<String, RowTypeModel> cache = new HashMap<>();
    private final SourceCode source;
    private final ClassFileFacts facts;

    RowTypeFactory(SourceCode source, ClassFileFacts facts) {
        this.source = source;
        this.facts = facts;
    }

    RowTypeModel rowType(TypeElement record) {
        return cache.computeIfAbsent(record.getQualifiedName().toString(), name -> build(record));
    }

    private RowTypeModel build(TypeElement record) {
        List<ColumnModel> columns = new ArrayList<>();
        for (RecordComponentElement component : record.getRecordComponents()) {
            columns.add(column(component));
        }
        return new RowTypeModel(record, columns, source.isFromSource(record));
    }

    private ColumnModel column(RecordComponentElement component) {
        String componentName = component.getSimpleName().toString();
        TypeMirror type = component.asType();
        Optional<ValueType> valueType = Optional.empty();
        boolean boxed = false;
        Optional<String> enumType = Optional.empty();
        if (type.getKind().isPrimitive()) {
            valueType = primitive(type.getKind());
        } else if (type.getKind() == TypeKind.ARRAY) {
            if (((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
                valueType = Optional.of(ValueType.BYTES);
            }
        } else if (type.getKind() == TypeKind.DECLARED) {
            TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
            String name = element.getQualifiedName().toString();
            if (element.getKind() == ElementKind.ENUM) {
                valueType = Optional.of(ValueType.ENUM);
                enumType = Optional.of(name);
            } else {
                valueType = Optional.ofNullable(REFERENCE_TYPES.get(name));
                boxed = valueType.map(ValueType::isPrimitive).orElse(false);
            }
        }
        boolean nullableAnnotated = NullableAnnotations.isAnnotatedNullable(component);
        boolean nullable = nullableAnnotated && !type.getKind().isPrimitive();
        TypeElement record = (TypeElement) component.getEnclosingElement();
        if (!source.isFromSource(record)) {
            // class files keep neither source-retention nor (before JDK 22) type-use annotations
            nullable = facts.nullable(record, componentName).orElse(nullable);
        }
        Element declaration = field(component).<Element>map(field -> field).orElse(component);
        return new ColumnModel(component, declaration, componentName, Names.snakeCase(componentName), type,
                valueType, boxed, nullable, nullableAnnotated, decimal(declaration, component), enumType);
    }

    private static Optional<ValueType> primitive(TypeKind kind) {
        return Optional.ofNullable(switch (kind) {
            case BOOLEAN -> ValueType.BOOLEAN;
            case BYTE -> ValueType.BYTE;
            case SHORT -> ValueType.SHORT;
            case INT -> ValueType.INT;
            case LONG -> ValueType.LONG;
            case FLOAT -> ValueType.FLOAT;
            case DOUBLE -> ValueType.DOUBLE;
            default -> null;
        });
    }

    /** The record's private field of the component. */
    private static Optional<VariableElement> field(RecordComponentElement component) {
        return ElementFilter.fieldsIn(component.getEnclosingElement().getEnclosedElements()).stream()
                .filter(field -> field.getSimpleName().equals(component.getSimpleName()))
                .findFirst();
    }

    /** {@code @Decimal}, preferably as found on the field, so errors can point at its values. */
    private static Optional<DecimalAnnotation> decimal(Element declaration, RecordComponentElement component) {
        Optional<AnnotationMirror> mirror = Annotations.find(declaration, Annotations.DECIMAL)
                .or(() -> Annotations.find(component, Annotations.DECIMAL));
        if (mirror.isEmpty()) {
            return Optional.empty();
        }
        var precision = Annotations.value(mirror.get(), "precision");
        var scale = Annotations.value(mirror.get(), "scale");
        return Optional.of(new DecimalAnnotation(mirror.get(), ((Number) precision.getValue()).intValue(), precision,
                ((Number) scale.getValue()).intValue(), scale));
    }
}
