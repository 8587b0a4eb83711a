package org.headlesscart.catalog.entity;

/** WooCommerce's product types, by the names stored and sent on the wire. */
public enum ProductType {
    SIMPLE, VARIABLE, VARIATION, GROUPED, EXTERNAL;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ProductType ofWireName(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }
}
