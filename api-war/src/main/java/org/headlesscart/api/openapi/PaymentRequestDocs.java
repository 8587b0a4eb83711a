package org.headlesscart.api.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.models.media.Schema;

/** The bodies of the payment routes: {@code POST order-received/{order_id}/pay}. */
final class PaymentRequestDocs {

    static final String PAY_ORDER = "PayOrderRequest";

    private PaymentRequestDocs() {
    }

    static void addTo(Map<String, Schema> schemas) {
        Schema entry = Schemas.object(null)
                .addProperty("key", Schemas.string("e.g. card_number for the test card gateway."))
                .addProperty("value", Schemas.any("A string, a boolean or a number; at most 2048 characters."))
                .required(List.of("key"));
        schemas.put(PAY_ORDER, Schemas.object("Pay a pending or failed order (docs/payments.md).")
                .addProperty("payment_method", Schemas.string("A gateway id from checkout/payment-methods, e.g. "
                        + "bacs or testcard.").maxLength(64))
                .addProperty("payment_data", Schemas.array(entry, "What the gateway needs, at most 32 entries "
                        + "(an object of key → value is read too).").maxItems(32))
                .addProperty("order_key", Schemas.string("The order's key, when the query has no order_key."))
                .required(List.of("payment_method")));
    }
}
