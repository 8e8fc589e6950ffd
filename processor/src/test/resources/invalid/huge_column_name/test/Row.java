package test;

public record Row(long id, String customerLifetimeValueAggregatedAcrossEveryRegionAndEverySalesChannelForTheFiscalYear) {} // error: [assetflow:invalid-name] ... is not a valid SQL identifier
