package dev.assetflow.processor;

import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.model.AssetGraph;
import dev.assetflow.processor.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Decides the package of the generated Pipeline: the {@code assetflow.package} option, else the longest
 * common package of the classes declaring assets.
 */
final class PipelinePackage {

    private PipelinePackage() {
    }

    /** The package, or empty after adding the reason to {@code report}. */
    static Optional<String> choose(AssetGraph graph, Optional<String> option, Elements elements,
            ValidationReport.Builder report) {
        TypeElement anchor = graph.declaringTypes().values().iterator().next();
        if (option.isPresent()) {
            String value = option.get().trim();
            if (!value.isEmpty() && !SourceVersion.isName(value)) {
                report.error(Messages.invalidPackageOption(value), anchor);
                return Optional.empty();
            }
            return Optional.of(value);
        }
        TreeSet<String> packages = new TreeSet<>();
        for (TypeElement type : graph.declaringTypes().values()) {
            packages.add(elements.getPackageOf(type).getQualifiedName().toString());
        }
        String common = commonPackage(packages);
        if (common.isEmpty() && !packages.equals(new TreeSet<>(List.of("")))) {
            report.error(Messages.noCommonPackage(new ArrayList<>(packages)), anchor);
            return Optional.empty();
        }
        return Optional.of(common);
    }

    static String commonPackage(Iterable<String> packages) {
        List<String> common = null;
        for (String packageName : packages) {
            List<String> segments = packageName.isEmpty() ? List.of() : Arrays.asList(packageName.split("\\."));
            if (common == null) {
                common = new ArrayList<>(segments);
                continue;
            }
            int shared = 0;
            while (shared < common.size() && shared < segments.size()
                    && common.get(shared).equals(segments.get(shared))) {
                shared++;
            }
            common = new ArrayList<>(common.subList(0, shared));
        }
        return common == null ? "" : String.join(".", common);
    }
}
