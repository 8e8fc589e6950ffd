package dev.assetflow.processor.validation;

import dev.assetflow.processor.base.Annotations;
import dev.assetflow.processor.base.Messages;
import java.util.Collection;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/** {@code @Input} appears only on parameters of {@code @Asset} methods. */
public final class InputPlacementValidator {

    /** Checks the elements annotated {@code @Input} in one round. */
    public ValidationReport validate(Collection<? extends Element> inputs) {
        ValidationReport.Builder report = ValidationReport.builder();
        for (Element parameter : inputs) {
            Element owner = parameter.getEnclosingElement();
            if (!(owner instanceof ExecutableElement method) || Annotations.find(method, Annotations.ASSET).isEmpty()) {
                String where = owner.getEnclosingElement() + "#" + owner.getSimpleName();
                report.error(Messages.inputOutsideAsset(parameter.getSimpleName().toString(), where), parameter,
                        Annotations.find(parameter, Annotations.INPUT), Optional.empty());
            }
        }
        return report.build();
    }
}
