package dev.assetflow.processor.validation;

import dev.assetflow.processor.base.Annotations;
import dev.assetflow.processor.base.Warning;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Whether a warning is silenced by {@code @SuppressWarnings}, as javac silences its own: on the element it is
 * reported on or on any element enclosing it (the record, an enclosing class or method), naming the warning
 * ({@code "assetflow:offset-not-stored"}) or every Assetflow warning ({@code "assetflow"}).
 */
final class Suppressions {

    private static final String SUPPRESS_WARNINGS = "java.lang.SuppressWarnings";

    private Suppressions() {
    }

    static boolean isSuppressed(Warning warning, Element element) {
        for (Element e = element; e != null; e = e.getEnclosingElement()) {
            if (suppresses(e, warning)) {
                return true;
            }
        }
        return false;
    }

    private static boolean suppresses(Element element, Warning warning) {
        var annotation = Annotations.find(element, SUPPRESS_WARNINGS);
        if (annotation.isEmpty()) {
            return false;
        }
        for (AnnotationValue value : Annotations.arrayValue(annotation.get(), "value")) {
            Object key = value.getValue();
            if (warning.key().equals(key) || Warning.ALL.equals(key)) {
                return true;
            }
        }
        return false;
    }
}
