package test;

public final class Pipeline {} // error: [assetflow:pipeline-exists] a type named test.Pipeline already exists
