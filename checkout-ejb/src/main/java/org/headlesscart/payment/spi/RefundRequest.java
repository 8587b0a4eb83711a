package org.headlesscart.payment.spi;

/** Money to give back for an order paid through the gateway. */
public record RefundRequest(long orderId, String transactionId, String currency, long amountMinor, String reason) {
}
