package dev.assetflow.processor.validation;

import dev.assetflow.processor.model.CheckDeclaration;

/** One concern checked on every asset check. */
interface CheckValidator {

    void validate(CheckDeclaration check, ValidationContext context, ValidationReport.Builder report);
}
