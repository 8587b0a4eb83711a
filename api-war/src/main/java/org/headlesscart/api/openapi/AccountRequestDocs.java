package org.headlesscart.api.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.models.media.Schema;

/** The bodies of registration and My Account (COCART-PLUS §1.4, docs/my-account.md). */
final class AccountRequestDocs {

    static final String REGISTER = "RegisterRequest";
    static final String ACCOUNT_DETAILS = "AccountDetailsRequest";
    static final String ACCOUNT_ADDRESS = "AccountAddressRequest";

    private AccountRequestDocs() {
    }

    static void addTo(Map<String, Schema> schemas) {
        schemas.put(REGISTER, Schemas.object("A new customer account. The names avoid username/password, which the "
                + "API would read as Basic credentials.")
                .addProperty("email", Schemas.string("The account's e-mail; unique."))
                .addProperty("requested_username", Schemas.string("Made from the e-mail when absent."))
                .addProperty("requested_password", Schemas.string("8+ characters, 3 of: lower, upper, digit, "
                        + "symbol; not the username or e-mail; not a common password.").format("password"))
                .required(List.of("email")));
        schemas.put(ACCOUNT_DETAILS, Schemas.object("The account's details, as WooCommerce's edit-account form.")
                .addProperty("account_first_name", Schemas.string(null))
                .addProperty("account_last_name", Schemas.string(null))
                .addProperty("account_display_name", Schemas.string("Not an e-mail address."))
                .addProperty("account_email", Schemas.string("Unique."))
                .addProperty("password_current", Schemas.string("Needed to set a new password.").format("password"))
                .addProperty("password_1", Schemas.string("The new password.").format("password"))
                .addProperty("password_2", Schemas.string("The new password again.").format("password"))
                .required(List.of("account_first_name", "account_last_name", "account_display_name",
                        "account_email")));
        Schema address = Schemas.object("The fields to change, without prefix; others are kept.")
                .additionalPropertiesSchema(Schemas.string(null));
        schemas.put(ACCOUNT_ADDRESS, Schemas.object("Either address or both, partial.")
                .addProperty("billing_address", address)
                .addProperty("shipping_address", address));
    }
}
