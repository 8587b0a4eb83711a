package org.headlesscart.api.wc.v3;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.headlesscart.customer.model.CustomerDraft;

/**
 * A customer create or update body, read as WooCommerce's customer object: read-only fields ({@code id} aside,
 * {@code role}, dates, {@code avatar_url}) are ignored, as WordPress ignores them, and so are address fields an
 * address does not have. Type problems are reported together as {@code rest_invalid_param}.
 */
final class CustomerRequest {

    static final List<String> BILLING = List.of("first_name", "last_name", "company", "address_1", "address_2",
            "city", "state", "postcode", "country", "email", "phone");
    static final List<String> SHIPPING = List.of("first_name", "last_name", "company", "address_1", "address_2",
            "city", "state", "postcode", "country", "phone");

    private CustomerRequest() {
    }

    /** The draft and whether the body named an id, which a create refuses (the resource exists). */
    record Parsed(CustomerDraft draft, boolean namesId) {
    }

    static Parsed parse(String body) {
        JsonBody json = JsonBody.parse(body);
        boolean namesId = json.has("id");
        CustomerDraft draft = new CustomerDraft(json.string("email"), json.string("first_name"),
                json.string("last_name"), json.string("username"), json.string("password"),
                address(json.object("billing"), BILLING), address(json.object("shipping"), SHIPPING));
        json.throwIfAny();
        return new Parsed(draft, namesId);
    }

    private static Map<String, String> address(JsonBody address, List<String> fields) {
        if (address == null) {
            return null;
        }
        Map<String, String> given = new LinkedHashMap<>();
        for (String field : fields) {
            String value = address.string(field);
            if (value != null) {
                given.put(field, value);
            }
        }
        return given;
    }
}
