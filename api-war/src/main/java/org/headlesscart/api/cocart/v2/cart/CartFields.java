package org.headlesscart.api.cocart.v2.cart;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code fields} parameter of the cart routes (contract §11.4): top-level cart fields in the order given,
 * {@code customer:billing_address} and {@code totals:subtotal-total} choose parts of a block. Unknown names are
 * ignored. Without the parameter, everything is shown.
 */
final class CartFields {

    /** The cart object's fields in CoCart's order (contract §3). */
    static final List<String> ALL = List.of("cart_hash", "cart_key", "currency", "customer", "items", "item_count",
            "items_weight", "coupons", "needs_payment", "needs_shipping", "shipping", "fees", "taxes", "totals",
            "removed_items", "cross_sells", "notices");

    static final CartFields EVERYTHING = new CartFields(null);

    /** Chosen field to its chosen parts (empty: all parts), in the order asked; null when not filtered. */
    private final Map<String, Set<String>> chosen;

    private CartFields(Map<String, Set<String>> chosen) {
        this.chosen = chosen;
    }

    static CartFields parse(String fields) {
        if (fields == null || fields.isBlank()) {
            return EVERYTHING;
        }
        Map<String, Set<String>> chosen = new LinkedHashMap<>();
        for (String field : fields.split(",")) {
            String[] nameAndParts = field.trim().split(":", 2);
            String name = nameAndParts[0].trim();
            if (!ALL.contains(name)) {
                continue;
            }
            Set<String> parts = chosen.computeIfAbsent(name, n -> new LinkedHashSet<>());
            if (nameAndParts.length == 2) {
                for (String part : nameAndParts[1].split("-")) {
                    if (!part.isBlank()) {
                        parts.add(part.trim());
                    }
                }
            } else {
                parts.add("*");
            }
        }
        return new CartFields(chosen);
    }

    boolean filtered() {
        return chosen != null;
    }

    /** The fields to write, in order. */
    Iterable<String> names() {
        return chosen == null ? ALL : chosen.keySet();
    }

    /** Whether part {@code part} of field {@code name} is shown. */
    boolean shows(String name, String part) {
        if (chosen == null) {
            return true;
        }
        Set<String> parts = chosen.get(name);
        return parts != null && (parts.contains("*") || parts.contains(part));
    }
}
