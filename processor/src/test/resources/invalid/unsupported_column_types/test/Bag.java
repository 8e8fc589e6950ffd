package test;

import java.util.List;
import java.util.Map;

public record Bag(
        long id,
        Object anything, // error: [assetflow:unsupported-column-type] component anything of test.Bag has type java.lang.Object ... supported: boolean
        List<String> tags, // error: [assetflow:unsupported-column-type] component tags of test.Bag has type java.util.List<java.lang.String>
        Map<String, Integer> counts, // error: [assetflow:unsupported-column-type] component counts of test.Bag has type java.util.Map<java.lang.String,java.lang.Integer>
        char initial) {} // error: [assetflow:unsupported-column-type] component initial of test.Bag has type char
