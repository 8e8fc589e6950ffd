package dev.assetflow.processor.model;

import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Types;

/**
 * Names code the same way whether javac read it from source or from a class file:
 * {@code com.acme.Parsers#parse(java.lang.String)} for a method, {@code com.acme.Money#<init>(long)} for a
 * constructor, {@code com.acme.Parsers#FORMAT} for a field and {@code com.acme.Money#{}} for the instance
 * initializers of a class.
 */
public final class CodeNodeIds {

    /** The member part of the id of a class's instance initializers. */
    static final String INSTANCE_INITIALIZERS = "{}";

    private CodeNodeIds() {
    }

    /** The id of a method or constructor. */
    public static String of(ExecutableElement executable, Types types) {
        String parameters = executable.getParameters().stream()
                .map(parameter -> types.erasure(parameter.asType()).toString())
                .collect(Collectors.joining(","));
        return typeName(executable) + "#" + executable.getSimpleName() + "(" + parameters + ")";
    }

    /** The id of a field. */
    static String of(VariableElement field) {
        return typeName(field) + "#" + field.getSimpleName();
    }

    /** The id of the instance initializers (blocks and field initializers) of {@code type}. */
    static String instanceInitializers(TypeElement type) {
        return type.getQualifiedName() + "#" + INSTANCE_INITIALIZERS;
    }

    /** The canonical name of the type an id belongs to. */
    public static String typeOf(String id) {
        return id.substring(0, id.indexOf('#'));
    }

    private static String typeName(Element member) {
        return ((TypeElement) member.getEnclosingElement()).getQualifiedName().toString();
    }
}
