package test;

import dev.assetflow.Decimal;
import java.math.BigDecimal;

public record Price(
        long id,
        @Decimal(precision = 10, scale = 2) double net, // error: [assetflow:decimal-not-bigdecimal] @Decimal on component net of test.Price, which is a double
        @Decimal(precision = 39, scale = 2) BigDecimal gross, // error: [assetflow:decimal-precision] precision 39 of component gross of test.Price is out of range
        @Decimal(precision = 5, scale = 6) BigDecimal tax) {} // error: [assetflow:decimal-scale] scale 6 of component tax of test.Price is out of range; use a scale from 0 to the precision 5
