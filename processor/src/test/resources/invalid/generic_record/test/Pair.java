package test;

public record Pair<T>(long id, T value) {} // error: [assetflow:generic-record] record test.Pair declares type parameters
