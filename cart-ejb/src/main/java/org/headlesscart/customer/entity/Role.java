package org.headlesscart.customer.entity;

/** WooCommerce's roles, with the names stored and sent on the wire. */
public enum Role {
    ADMINISTRATOR("administrator"),
    SHOP_MANAGER("shop_manager"),
    CUSTOMER("customer");

    private final String wireName;

    Role(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Role ofWireName(String name) {
        for (Role role : values()) {
            if (role.wireName.equals(name)) {
                return role;
            }
        }
        throw new IllegalArgumentException("Unknown role: " + name);
    }
}
