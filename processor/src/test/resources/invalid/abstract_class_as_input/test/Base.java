package test;

public abstract class Base {
    public abstract long id();
}
