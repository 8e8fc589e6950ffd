package test;

public record Order(long id, Address address) { // error: [assetflow:unsupported-column-type] component address of test.Order has type test.Order.Address
    public record Address(String street) {}
}
