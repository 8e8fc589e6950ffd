package test;

public interface Row {
    long id();
}
