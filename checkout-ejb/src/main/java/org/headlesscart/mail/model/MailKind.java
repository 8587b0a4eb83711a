package org.headlesscart.mail.model;

/**
 * The order e-mails, after WooCommerce's (docs/emails.md): who receives each, and its id in logs and tests.
 * {@link #CANCELLED_CUSTOMER} is ours: WooCommerce tells only the store that an order was cancelled.
 */
public enum MailKind {

    NEW_ORDER("new_order", true),
    CUSTOMER_ON_HOLD("customer_on_hold_order", false),
    CUSTOMER_PROCESSING("customer_processing_order", false),
    CUSTOMER_COMPLETED("customer_completed_order", false),
    CANCELLED_ORDER("cancelled_order", true),
    CUSTOMER_CANCELLED("customer_cancelled_order", false);

    private final String id;
    private final boolean toStore;

    MailKind(String id, boolean toStore) {
        this.id = id;
        this.toStore = toStore;
    }

    /** WooCommerce's e-mail id (ours for {@link #CUSTOMER_CANCELLED}). */
    public String id() {
        return id;
    }

    /** Whether the store's recipients get it; otherwise the customer's billing address does. */
    public boolean toStore() {
        return toStore;
    }
}
