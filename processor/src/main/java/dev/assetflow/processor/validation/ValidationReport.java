package dev.assetflow.processor.validation;

import dev.assetflow.processor.base.Warning;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * What the validators found: diagnostics, each on an element and, where it helps the caret land on the
 * right spot, on one of its annotations and one of that annotation's values. Immutable.
 */
public final class ValidationReport {

    /**
     * One diagnostic.
     *
     * @param kind error, warning or note
     * @param message the text, from {@code Messages}
     * @param element the element at fault
     * @param annotation an annotation on the element, to point at
     * @param value a value of that annotation, to point at
     */
    public record Item(
            Diagnostic.Kind kind,
            String message,
            Element element,
            Optional<AnnotationMirror> annotation,
            Optional<AnnotationValue> value) {
    }

    private final List<Item> items;

    private ValidationReport(List<Item> items) {
        this.items = List.copyOf(items);
    }

    public List<Item> items() {
        return items;
    }

    /** Whether no item is an error. */
    public boolean isClean() {
        return items.stream().noneMatch(item -> item.kind() == Diagnostic.Kind.ERROR);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects items, dropping exact repeats (a record used by two assets is checked twice, and reported once).
     */
    public static final class Builder {
        private final Set<Item> items = new LinkedHashSet<>();

        private Builder() {
        }

        public Builder error(String message, Element element) {
            return add(new Item(Diagnostic.Kind.ERROR, message, element, Optional.empty(), Optional.empty()));
        }

        /**
         * An error on {@code value} of {@code annotation} when both are present (so the caret lands on the
         * value as written), else on the element.
         */
        public Builder error(String message, Element element, Optional<AnnotationMirror> annotation,
                Optional<AnnotationValue> value) {
            boolean onValue = annotation.isPresent() && value.isPresent();
            return add(new Item(Diagnostic.Kind.ERROR, message, element,
                    onValue ? annotation : Optional.empty(), onValue ? value : Optional.empty()));
        }

        /**
         * A warning on {@code element}, unless {@code @SuppressWarnings} on the element or an element enclosing
         * it silences {@code warning}; {@code message} starts with the warning's tag.
         */
        public Builder warning(Warning warning, String message, Element element) {
            if (Suppressions.isSuppressed(warning, element)) {
                return this;
            }
            return add(new Item(Diagnostic.Kind.WARNING, message, element, Optional.empty(), Optional.empty()));
        }

        public Builder add(Item item) {
            items.add(item);
            return this;
        }

        public Builder addAll(ValidationReport report) {
            items.addAll(report.items());
            return this;
        }

        public ValidationReport build() {
            return new ValidationReport(new ArrayList<>(items));
        }
    }
}
