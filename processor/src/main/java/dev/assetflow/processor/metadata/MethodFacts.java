package dev.assetflow.processor.metadata;

import java.util.List;

/**
 * What the compilation of an asset or check method recorded about it.
 *
 * @param id the method, as a code node id: {@code com.acme.SalesAssets#cleanSalesData(java.util.stream.Stream)}
 * @param codeVersion its code version
 * @param parameterNames its parameter names, in order
 */
public record MethodFacts(String id, String codeVersion, List<String> parameterNames) {

    public MethodFacts {
        parameterNames = List.copyOf(parameterNames);
    }
}
