package test;

public record Names(String nme) {}
