package test;

public record Row(long id, String straße) {} // error: [assetflow:invalid-name] ... 'straße' is not a valid SQL identifier
