package test;

public record Ids(int id) {}
