package test;

public record Node(long id, Node parent) {} // error: [assetflow:unsupported-column-type] component parent of test.Node has type test.Node
