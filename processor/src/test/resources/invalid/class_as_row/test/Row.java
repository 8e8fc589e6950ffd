package test;

public final class Row {
    public long id;
}
