package test;

public record Reading(long id, @Nullable Double value) {}
