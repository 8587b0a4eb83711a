package org.headlesscart.cart.control.writes;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.headlesscart.cart.control.Refusal;
import org.headlesscart.cart.model.CartUpdate;
import org.headlesscart.cart.model.CartUpdateCallback;
import org.headlesscart.customer.model.CustomerAddressRules;

/**
 * The built-in {@code update-customer} namespace (contract §11.1): billing fields by bare name or {@code billing_}
 * prefix, shipping fields with {@code s_} or {@code shipping_}. Valid fields are stored (postcodes formatted as
 * WooCommerce writes them); each invalid one keeps its old value and becomes an error notice.
 */
@ApplicationScoped
public class UpdateCustomerCallback implements CartUpdateCallback {

    @Override
    public String namespace() {
        return "update-customer";
    }

    @Override
    public void update(CartUpdate cart, Map<String, Object> params) {
        if (cart.isEmpty()) {
            throw new Refusal(Refusal.Reason.CART_EMPTY, "No items in the cart.");
        }
        Map<String, String> given = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (value instanceof String || value instanceof Number) {
                given.put(name, String.valueOf(value).strip());
            }
        });
        Map<String, String> stored = cart.customer();
        Map<String, String> fields = CustomerAddressRules.canonical(given);
        Map<String, String> problems = CustomerAddressRules.problems(fields, stored);
        problems.values().forEach(message -> cart.notice("error", message));
        Map<String, String> valid = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (!problems.containsKey(name)) {
                valid.put(name, name.endsWith("postcode") ? postcode(name, value, fields, stored) : value);
            }
        });
        cart.setCustomer(valid);
        if (!valid.isEmpty() && problems.isEmpty()) {
            cart.notice("success", "Cart updated.");
        }
    }

    private static String postcode(String name, String value, Map<String, String> fields,
            Map<String, String> stored) {
        String prefix = name.substring(0, name.indexOf('_') + 1);
        String country = fields.getOrDefault(prefix + "country", stored.getOrDefault(prefix + "country", ""));
        return CustomerAddressRules.normalizePostcode(country, value);
    }
}
