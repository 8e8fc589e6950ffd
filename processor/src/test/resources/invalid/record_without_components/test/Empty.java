package test;

public record Empty() {} // error: [assetflow:no-columns] record test.Empty has no components
