package dev.assetflow.processor.base;

import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/** Types as messages show them: as written, without type annotations such as {@code @Nullable}. */
public final class TypeDescriptions {

    private TypeDescriptions() {
    }

    public static String describe(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return type.getKind().name().toLowerCase(Locale.ROOT);
        }
        if (type instanceof ArrayType array) {
            return describe(array.getComponentType()) + "[]";
        }
        if (type instanceof DeclaredType declared) {
            String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
            if (declared.getTypeArguments().isEmpty()) {
                return name;
            }
            return name + declared.getTypeArguments().stream().map(TypeDescriptions::describe)
                    .collect(Collectors.joining(",", "<", ">"));
        }
        if (type instanceof WildcardType wildcard) {
            if (wildcard.getExtendsBound() != null) {
                return "? extends " + describe(wildcard.getExtendsBound());
            }
            if (wildcard.getSuperBound() != null) {
                return "? super " + describe(wildcard.getSuperBound());
            }
            return "?";
        }
        return type.toString();
    }
}
