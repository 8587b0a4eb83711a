package org.headlesscart.payment.model;

import java.util.List;

/**
 * A gateway as {@code checkout/payment-methods} shows it (COCART-PLUS §1.3).
 *
 * @param restrictedToShippingMethods null when it pays for any shipping method
 */
public record PaymentMethodView(String id, String title, String description, List<String> supports,
        boolean hasFields, String orderButtonText, String methodTitle, String methodDescription, boolean testMode,
        boolean supportsRefunds, List<String> restrictedToShippingMethods) {
}
