package org.headlesscart.checkout.model;

import java.util.Map;

/**
 * {@code PUT/PATCH cocart/v2/checkout}'s body (COCART-PLUS §1.3): each part optional, null when not sent.
 *
 * @param couponAction {@code apply} (the default) or {@code remove}
 */
public record CheckoutUpdate(Map<String, String> billing, Map<String, String> shipping, Boolean useDifferentBilling,
        String paymentMethod, String shippingMethod, String currency, String couponCode, String couponAction) {

    public CheckoutUpdate {
        billing = billing == null ? Map.of() : Map.copyOf(billing);
        shipping = shipping == null ? Map.of() : Map.copyOf(shipping);
    }
}
