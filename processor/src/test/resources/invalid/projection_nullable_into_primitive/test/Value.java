package test;

public record Value(double value) {}
