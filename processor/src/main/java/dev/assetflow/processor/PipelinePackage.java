package dev.assetflow.processor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The longest common package of the classes declaring assets, where an unplaced pipeline goes. */
final class PipelinePackage {

    private PipelinePackage() {
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
