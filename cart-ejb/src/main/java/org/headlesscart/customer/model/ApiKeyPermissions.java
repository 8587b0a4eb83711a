package org.headlesscart.customer.model;

import java.util.Optional;

/** What a REST API key may do, with WooCommerce's names: read (GET, HEAD), write (POST, PUT, PATCH, DELETE), both. */
public enum ApiKeyPermissions {
    READ("read", true, false),
    WRITE("write", false, true),
    READ_WRITE("read_write", true, true);

    private final String wireName;
    private final boolean reads;
    private final boolean writes;

    ApiKeyPermissions(String wireName, boolean reads, boolean writes) {
        this.wireName = wireName;
        this.reads = reads;
        this.writes = writes;
    }

    public String wireName() {
        return wireName;
    }

    public boolean reads() {
        return reads;
    }

    public boolean writes() {
        return writes;
    }

    public static Optional<ApiKeyPermissions> ofWireName(String name) {
        for (ApiKeyPermissions permissions : values()) {
            if (permissions.wireName.equals(name)) {
                return Optional.of(permissions);
            }
        }
        return Optional.empty();
    }
}
