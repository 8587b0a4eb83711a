package org.headlesscart.payment.spi;

import java.util.Map;

/**
 * What a gateway did with a payment (COCART-PLUS §1.3 {@code payment_result}).
 *
 * @param result        what happened
 * @param orderStatus   for {@link Result#SUCCESS}: the status the order moves to ({@code processing} for money
 *                      received, {@code on-hold} for money promised, e.g. a bank transfer)
 * @param transactionId the gateway's reference, {@code ""} when none
 * @param message       for {@link Result#FAILED}: why, worded for the customer
 * @param actionType    for {@link Result#REQUIRES_ACTION}: e.g. {@code test_card_confirm}
 * @param actionData    for {@link Result#REQUIRES_ACTION}: what the client needs to complete it
 * @param redirectUrl   a gateway page the customer must visit, or null for the order-received page
 */
public record PaymentOutcome(Result result, String orderStatus, String transactionId, String message,
        String actionType, Map<String, String> actionData, String redirectUrl) {

    public enum Result { SUCCESS, FAILED, REQUIRES_ACTION }

    public static PaymentOutcome success(String orderStatus, String transactionId) {
        return new PaymentOutcome(Result.SUCCESS, orderStatus, transactionId, "", null, Map.of(), null);
    }

    public static PaymentOutcome failed(String message) {
        return new PaymentOutcome(Result.FAILED, null, "", message, null, Map.of(), null);
    }

    public static PaymentOutcome requiresAction(String actionType, Map<String, String> actionData) {
        return new PaymentOutcome(Result.REQUIRES_ACTION, null, "", "", actionType, actionData, null);
    }
}
