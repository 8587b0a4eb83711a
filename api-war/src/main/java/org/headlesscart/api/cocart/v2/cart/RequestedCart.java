package org.headlesscart.api.cocart.v2.cart;

import jakarta.ws.rs.core.HttpHeaders;

import org.headlesscart.api.security.Caller;
import org.headlesscart.cart.model.CartRef;

/**
 * The cart a request names. The key (decision 6, contract §6.1) comes from the {@code Cart-Key} header, else the
 * {@code CoCart-API-Cart-Key} header, else the {@code cart_key} form field, else the {@code cart_key} query
 * parameter (form over query, as PHP's {@code $_REQUEST}); never from a JSON body. It goes to the cart service as
 * given, which checks its format, together with who names it.
 */
final class RequestedCart {

    private RequestedCart() {
    }

    /** The key a cart route's request names; null when it names none. */
    static String key(HttpHeaders http, CartParams params) {
        return firstGiven(http.getHeaderString("Cart-Key"), http.getHeaderString("CoCart-API-Cart-Key"),
                params.formField("cart_key"), params.queryField("cart_key"));
    }

    /**
     * The key a batch request names for itself, in its headers or its query; each sub-request may name its own
     * ({@link BatchRequest.Sub#namedKey}).
     */
    static String batchKey(HttpHeaders http, CartParams params) {
        return firstGiven(http.getHeaderString("Cart-Key"), http.getHeaderString("CoCart-API-Cart-Key"),
                params.queryField("cart_key"));
    }

    /** The first key given, trimmed; null when none is. */
    static String firstGiven(String... keys) {
        for (String key : keys) {
            if (key != null && !key.isBlank()) {
                return key.trim();
            }
        }
        return null;
    }

    /**
     * The key with who sends it: the cart service decides which cart that is (contract §6.1–6.3). Only customers
     * absorb guest carts; staff naming a guest key work on that cart (CoCart 5.0; docs/carts-and-identity.md).
     */
    static CartRef ref(String key, Caller caller) {
        return caller.account().map(user -> new CartRef(key, user.id(), user.hasRole("customer")))
                .orElseGet(() -> CartRef.guest(key));
    }
}
