package org.headlesscart.console.checkout;

import java.io.StringReader;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import org.headlesscart.cart.model.CartAnswer;
import org.headlesscart.checkout.model.CheckoutOutcome;
import org.headlesscart.payment.model.PaymentResult;

/**
 * A hosted placement's answer as the cart's conditional-write machinery keeps it under the Idempotency-Key (a JSON
 * text, as the API's answers are kept): the order and its payment, or the refusal found under the cart's lock.
 * What the page needs of it and nothing else; no payment data.
 */
record PlacedAnswer(long orderId, String orderKey, String paymentStatus, String message, String actionType,
        String clientSecret, String refusalMessage) {

    private static final JsonProvider JSON = JsonProvider.provider();

    /** The outcome rendered to be kept: status 200 for an order (paid or not), 400 for a refusal. */
    static CartAnswer of(CheckoutOutcome outcome, String cartKey) {
        JsonObjectBuilder body = JSON.createObjectBuilder();
        int status;
        if (outcome.refusal() != null) {
            status = 400;
            body.add("refusal", outcome.refusal().failure().name()).add("message", outcome.refusal().getMessage());
        } else {
            status = 200;
            PaymentResult payment = outcome.payment();
            Map<String, String> action = payment.actionData() == null ? Map.of() : payment.actionData();
            body.add("order_id", outcome.order().id()).add("order_key", outcome.order().orderKey())
                    .add("payment_status", payment.paymentStatus())
                    .add("message", payment.message() == null ? "" : payment.message())
                    .add("action_type", payment.actionType() == null ? "" : payment.actionType())
                    .add("client_secret", action.getOrDefault("client_secret", ""));
        }
        return new CartAnswer(status, body.build().toString(), cartKey, null, null, null, false);
    }

    static PlacedAnswer read(String body) {
        JsonObject json;
        try (var reader = JSON.createReader(new StringReader(body))) {
            json = reader.readObject();
        }
        if (json.containsKey("refusal")) {
            return new PlacedAnswer(0, null, null, null, null, null, json.getString("message"));
        }
        return new PlacedAnswer(json.getJsonNumber("order_id").longValue(), json.getString("order_key"),
                json.getString("payment_status"), json.getString("message"), json.getString("action_type"),
                json.getString("client_secret"), null);
    }
}
