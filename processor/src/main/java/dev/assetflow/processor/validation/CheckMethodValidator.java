package dev.assetflow.processor.validation;

import dev.assetflow.processor.base.Annotations;
import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.base.Suggestions;
import dev.assetflow.processor.base.TypeDescriptions;
import dev.assetflow.processor.model.CheckDeclaration;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * An asset check method is public, static, not generic, returns {@code CheckResult}, checks an asset or
 * source asset of the compilation, and has a name no other check of that asset has.
 */
final class CheckMethodValidator implements CheckValidator {

    @Override
    public void validate(CheckDeclaration check, ValidationContext context, ValidationReport.Builder report) {
        String method = check.methodReference();
        var annotation = Optional.of(check.annotation());
        if (Annotations.find(check.method(), Annotations.ASSET).isPresent()) {
            report.error(Messages.assetAndCheck(method), check.method(), annotation, Optional.empty());
        }
        if (!check.method().getModifiers().contains(Modifier.STATIC)) {
            report.error(Messages.checkNotStatic(method), check.method());
        }
        if (!check.method().getModifiers().contains(Modifier.PUBLIC)) {
            report.error(Messages.checkNotPublic(method), check.method());
        }
        if (!check.method().getTypeParameters().isEmpty()) {
            report.error(Messages.genericCheck(method), check.method());
        }
        if (!check.returnsCheckResult() && !check.sql()) {
            report.error(Messages.checkReturn(method, TypeDescriptions.describe(check.method().getReturnType())),
                    check.method());
        }
        if (!context.readableKeys().contains(check.asset())) {
            report.error(Messages.unknownCheckedAsset(check.asset(),
                    Suggestions.closest(check.asset(), context.readableKeys()), method), check.method(), annotation,
                    check.assetValue());
        }
        if (check.name().isBlank()) {
            report.error(Messages.blankCheckName(method), check.method(), annotation, check.nameValue());
        }
        List<String> sameName = context.graph().checks().stream()
                .filter(other -> other.asset().equals(check.asset()) && other.name().equals(check.name()))
                .map(CheckDeclaration::methodReference)
                .toList();
        if (sameName.size() > 1) {
            report.error(Messages.duplicateCheck(check.name(), check.asset(), sameName), check.method(), annotation,
                    check.nameValue());
        }
    }
}
