package org.headlesscart.api.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.models.media.Schema;

/** The bodies of {@code PUT/PATCH/POST cocart/v2/checkout} (COCART-PLUS §1.3; docs/checkout.md). */
final class CheckoutRequestDocs {

    static final String CHECKOUT_UPDATE = "CheckoutUpdateRequest";
    static final String CHECKOUT_PROCESS = "CheckoutProcessRequest";

    private CheckoutRequestDocs() {
    }

    static void addTo(Map<String, Schema> schemas) {
        Schema entry = Schemas.object(null).addProperty("key", Schemas.string("e.g. card_number for testcard."))
                .addProperty("value", Schemas.any("A string, a boolean or a number.")).required(List.of("key"));
        schemas.put(CHECKOUT_UPDATE, Schemas.object("Change the checkout; every part optional.")
                .addProperty("billing_address", address("Billing fields to change (partial).", true))
                .addProperty("shipping_address", address("Shipping fields to change (partial).", false))
                .addProperty("use_different_billing", Schemas.bool("false: the shipping address is also the billing "
                        + "address."))
                .addProperty("payment_method", Schemas.string("A gateway id, checked and echoed."))
                .addProperty("shipping_method", Schemas.string("A rate id, e.g. flat_rate:1."))
                .addProperty("currency", Schemas.string("The store's currency code; any other is refused."))
                .addProperty("coupon_code", Schemas.string("A coupon to apply or remove."))
                .addProperty("coupon_action", Schemas.string("apply (default) or remove.")));
        schemas.put(CHECKOUT_PROCESS, Schemas.object("Place and pay the order.")
                .addProperty("billing_address", address("first_name, last_name, address_1, city, postcode and "
                        + "country are required.", true))
                .addProperty("shipping_address", address("Partial; the billing address ships when absent.", false))
                .addProperty("use_different_billing", Schemas.bool("false: the shipping address is also the billing "
                        + "address."))
                .addProperty("payment_method", Schemas.string("A gateway id; required when there is something to "
                        + "pay."))
                .addProperty("shipping_method", Schemas.string("A rate id, e.g. flat_rate:1."))
                .addProperty("currency", Schemas.string("The store's currency code; any other is refused."))
                .addProperty("payment_data", Schemas.array(entry, "What the gateway needs, at most 50 entries.")
                        .maxItems(50))
                .addProperty("create_account", Schemas.bool("Register the guest with the billing e-mail and "
                        + "customer_password."))
                .addProperty("customer_password", Schemas.string(null))
                .addProperty("customer_note", Schemas.string("A note for the store.").maxLength(2000))
                .required(List.of("billing_address")));
    }

    private static Schema address(String description, boolean contact) {
        Schema address = Schemas.object(description);
        for (String field : List.of("first_name", "last_name", "company", "address_1", "address_2", "city", "state",
                "postcode", "country")) {
            address.addProperty(field, Schemas.string(null));
        }
        if (contact) {
            address.addProperty("email", Schemas.string(null)).addProperty("phone", Schemas.string(null));
        }
        return address;
    }
}
