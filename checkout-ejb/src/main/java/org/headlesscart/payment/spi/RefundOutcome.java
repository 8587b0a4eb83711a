package org.headlesscart.payment.spi;

/**
 * What a gateway did with a refund.
 *
 * @param refunded whether the money went back
 * @param message  why not, when it did not
 */
public record RefundOutcome(boolean refunded, String message) {

    public static RefundOutcome done() {
        return new RefundOutcome(true, "");
    }

    public static RefundOutcome unsupported() {
        return new RefundOutcome(false, "The payment method does not support refunds.");
    }
}
