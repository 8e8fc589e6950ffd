package test;

public record Row(long id, String name) {}
