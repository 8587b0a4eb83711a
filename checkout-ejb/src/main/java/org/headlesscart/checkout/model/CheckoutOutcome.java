package org.headlesscart.checkout.model;

import org.headlesscart.order.boundary.OrderException;
import org.headlesscart.order.model.OrderView;
import org.headlesscart.payment.model.PaymentResult;

/**
 * What {@code POST cocart/v2/checkout} came to: an order and its payment, or a refusal. A refusal found under the
 * cart's lock is returned, not thrown, so that what checkout removed from the cart (lines gone, coupons no longer
 * valid) is stored as the contract says ("... has been removed") before the route answers the error.
 */
public record CheckoutOutcome(OrderView order, PaymentResult payment, OrderException refusal) {

    public static CheckoutOutcome refused(OrderException refusal) {
        return new CheckoutOutcome(null, null, refusal);
    }
}
