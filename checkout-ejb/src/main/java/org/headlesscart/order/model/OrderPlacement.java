package org.headlesscart.order.model;

/**
 * Who places an order from a cart and how, besides the cart itself (COCART-PLUS §4.4).
 *
 * @param customerId    0 for a guest
 * @param paymentMethod the gateway id, {@code ""} when nothing is to be paid
 */
public record OrderPlacement(String cartKey, long customerId, String currency, boolean pricesIncludeTax,
        OrderAddress billing, OrderAddress shipping, String paymentMethod, String paymentMethodTitle,
        String customerNote, String customerIp, String customerUserAgent) {
}
