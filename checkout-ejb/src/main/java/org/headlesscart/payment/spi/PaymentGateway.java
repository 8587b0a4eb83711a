package org.headlesscart.payment.spi;

import java.util.List;

/**
 * A way to pay, as WooCommerce's payment gateways are (COCART-PLUS §1.3 payment-methods, §1.5, §4.1 "Payment"). A
 * gateway is an {@code @ApplicationScoped} CDI bean implementing this interface, in any module of the application;
 * the payment component finds every one (docs/payments.md says how to add one). Built in: bank transfer, cheque,
 * cash on delivery and the test card gateway.
 */
public interface PaymentGateway {

    /** Its id, e.g. {@code bacs}; unique in the store. */
    String id();

    /** Title shown to customers ("Direct bank transfer"). */
    String title();

    String description();

    /** What staff see in the admin ("Direct bank transfer"). */
    String methodTitle();

    String methodDescription();

    /** The checkout button's text, {@code null} for the store's default. */
    String orderButtonText();

    /** WooCommerce's {@code supports}, e.g. {@code products}, {@code refunds}. */
    List<String> supports();

    /** Whether the customer enters payment data (a card form) for it. */
    boolean hasFields();

    /** Whether the store has it switched on (configuration). A disabled gateway is never offered. */
    boolean enabled();

    /** Whether it runs against a sandbox; no real money moves. */
    boolean testMode();

    /**
     * The shipping methods (method ids such as {@code flat_rate} or rate ids such as {@code flat_rate:1}) it is
     * restricted to, shown as {@code config.restricted_to_shipping_methods}; empty (the default) when it pays for any.
     * {@link #isAvailable} enforces the restriction.
     */
    default List<String> restrictedToShippingMethods() {
        return List.of();
    }

    /** WooCommerce's {@code is_available()}: whether it may pay this order (country, amount, shipping method). */
    boolean isAvailable(PaymentContext context);

    /**
     * Takes the money (or starts to); never throws for a declined payment: it answers {@link PaymentOutcome}. Runs in
     * the transaction that holds the order row locked, so a second payment of the same order waits for this one; a
     * gateway that calls a provider must bound its time and pass the order id as the provider's idempotency key.
     */
    PaymentOutcome process(PaymentRequest request);

    /** Gives money back for a refund; {@link RefundOutcome#unsupported()} when it cannot. */
    RefundOutcome refund(RefundRequest request);
}
