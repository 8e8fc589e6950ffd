package dev.assetflow.processor.validation;

import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.model.AssetDeclaration;
import dev.assetflow.processor.model.CheckDeclaration;
import dev.assetflow.processor.model.ParameterDeclaration;
import java.util.List;

/**
 * An asset or a check, as far as its parameters are concerned: they are checked the same way for both.
 *
 * @param description how messages name it, such as {@code asset 'sales_summary'}
 * @param method the method as {@code com.acme.SalesAssets#salesSummary}
 * @param parameters its parameters
 */
record ParameterOwner(String description, String method, List<ParameterDeclaration> parameters) {

    static ParameterOwner of(AssetDeclaration asset) {
        return new ParameterOwner(Messages.asset(asset.key()), asset.methodReference(), asset.parameters());
    }

    static ParameterOwner of(CheckDeclaration check) {
        return new ParameterOwner(Messages.check(check.name(), check.asset()), check.methodReference(),
                check.parameters());
    }
}
