package test;

import dev.assetflow.Decimal;
import java.math.BigDecimal;

public record Amount(
        @Decimal(precision = 0, scale = 0) BigDecimal none, // error: [assetflow:decimal-precision] precision 0 of component none
        @Decimal(precision = 10, scale = -1) BigDecimal negative) {} // error: [assetflow:decimal-scale] scale -1 of component negative
