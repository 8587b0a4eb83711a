package org.headlesscart.checkout.model;

import org.headlesscart.cart.model.CartView;

/**
 * What {@code GET/PUT/PATCH cocart/v2/checkout} show (COCART-PLUS §1.3 CheckoutData): the cart as checkout sees it.
 *
 * @param customerId    0 for a guest
 * @param paymentMethod the gateway the request chose, {@code ""} when none
 * @param cartHash      the checkout's cart hash, null for an empty cart
 */
public record CheckoutData(CartView cart, long customerId, String paymentMethod, String cartHash) {
}
