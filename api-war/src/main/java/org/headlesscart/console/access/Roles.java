package org.headlesscart.console.access;

import java.util.Map;

/** WooCommerce's role names as the Access pages show them. */
final class Roles {

    static final Map<String, String> LABELS = Map.of("administrator", "Administrator", "shop_manager", "Shop manager",
            "customer", "Customer (no console)");

    private Roles() {
    }

    static String label(String role) {
        return LABELS.getOrDefault(role, role);
    }
}
