package org.headlesscart.payment.model;

import java.util.Map;

import org.headlesscart.order.model.OrderView;

/**
 * A payment's result as {@code payment_result} shows it (COCART-PLUS §1.3), with the order as it is afterwards.
 *
 * @param paymentStatus {@code success}, {@code no_payment_required}, {@code failed} or {@code requires_action}
 * @param redirectUrl   for success: the order-received URL or the gateway's page
 * @param message       for failed: why
 */
public record PaymentResult(String paymentStatus, String redirectUrl, String message, String actionType,
        Map<String, String> actionData, OrderView order) {
}
