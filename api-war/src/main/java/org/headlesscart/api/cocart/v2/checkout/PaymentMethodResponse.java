package org.headlesscart.api.cocart.v2.checkout;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.headlesscart.payment.model.PaymentMethodView;

/**
 * One gateway of {@code GET checkout/payment-methods}, exactly the fields COCART-PLUS §1.3 lists. Saved cards do not
 * exist here (no gateway tokenizes), so {@code saved_tokens} is always empty.
 */
@JsonbPropertyOrder({"id", "title", "description", "supports", "hasFields", "orderButtonText", "methodTitle",
        "methodDescription", "config", "savedTokens", "supportsSavePayment"})
public record PaymentMethodResponse(String id, String title, String description, List<String> supports,
        boolean hasFields, String orderButtonText, String methodTitle, String methodDescription, Config config,
        List<Object> savedTokens, boolean supportsSavePayment) {

    @JsonbPropertyOrder({"testMode", "isConnected", "supportsTokenization", "supportsRefunds",
            "supportsSubscriptions", "requiresBillingAddress", "restrictedToShippingMethods"})
    public record Config(boolean testMode, boolean isConnected, boolean supportsTokenization, boolean supportsRefunds,
            boolean supportsSubscriptions, boolean requiresBillingAddress, List<String> restrictedToShippingMethods) {
    }

    /**
     * A built-in gateway needs no account to be connected, so {@code is_connected} is true; none asks for a billing
     * address beyond what checkout requires anyway.
     */
    static PaymentMethodResponse of(PaymentMethodView m) {
        Config config = new Config(m.testMode(), true, m.supports().contains("tokenization"), m.supportsRefunds(),
                m.supports().contains("subscriptions"), false, m.restrictedToShippingMethods());
        return new PaymentMethodResponse(m.id(), m.title(), m.description(), m.supports(), m.hasFields(),
                m.orderButtonText(), m.methodTitle(), m.methodDescription(), config, List.of(), false);
    }
}
