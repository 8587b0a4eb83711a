package org.headlesscart.payment.spi;

import java.util.Map;

/**
 * One payment of an order.
 *
 * @param orderId     the order's id
 * @param orderKey    its key, for return URLs
 * @param amountMinor the amount in minor units of {@code currency}
 * @param data        the client's {@code payment_data} (key → value as text), bounded by the route
 * @param returnUrl   where the customer lands after paying (the order-received route)
 */
public record PaymentRequest(long orderId, String orderKey, String currency, long amountMinor, String billingEmail,
        Map<String, String> data, String returnUrl, PaymentContext context) {
}
