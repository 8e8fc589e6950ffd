package test;

public record Reading(long id, @Nullable double value) {} // error: [assetflow:nullable-primitive] component value of test.Reading is @Nullable, but double cannot hold null; use Double or remove @Nullable
