package org.headlesscart.order.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * WooCommerce's order statuses (COCART-PLUS §4.2), by their wire names without the {@code wc-} prefix, with the label
 * WooCommerce shows. Checkout never creates {@code checkout-draft} orders (Decision 7), so that status is absent.
 */
public enum OrderStatus {

    PENDING("pending", "Pending payment"),
    PROCESSING("processing", "Processing"),
    ON_HOLD("on-hold", "On hold"),
    COMPLETED("completed", "Completed"),
    CANCELLED("cancelled", "Cancelled"),
    REFUNDED("refunded", "Refunded"),
    FAILED("failed", "Failed");

    private final String wire;
    private final String label;

    OrderStatus(String wire, String label) {
        this.wire = wire;
        this.label = label;
    }

    public String wire() {
        return wire;
    }

    public String label() {
        return label;
    }

    /** The status by its wire name, with or without the {@code wc-} prefix. */
    public static Optional<OrderStatus> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String bare = name.startsWith("wc-") ? name.substring(3) : name;
        return Arrays.stream(values()).filter(s -> s.wire.equals(bare)).findFirst();
    }

    /** Whether an order in this status still waits for its money: WooCommerce's {@code needs_payment()} statuses. */
    public boolean awaitsPayment() {
        return this == PENDING || this == FAILED;
    }

    /** Whether the order counts as bought: paid, or awaiting a manual payment WooCommerce treats as placed. */
    public boolean isPaid() {
        return this == PROCESSING || this == COMPLETED;
    }
}
