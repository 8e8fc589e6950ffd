package com.shop.core;

import java.util.Locale;

/** Turns a customer name as typed into the shop's key for it: trimmed, lower case. */
public final class Names {

    private Names() {
    }

    /** {@code "  Alice "} becomes {@code "alice"}. */
    public static String customerKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
