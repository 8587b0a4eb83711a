package org.headlesscart.api.cocart.v2.cart;

import jakarta.ws.rs.core.HttpHeaders;

import org.headlesscart.cart.model.CartRef;

/**
 * One request to a cart route, read: its arguments ({@link CartParams}), the cart it names ({@link RequestedCart})
 * and how its answers are written ({@link CartResponses}). {@link CartCalls} makes it, once per request, or once per
 * sub-request of a batch.
 *
 * @param key    the key the request named, or null: the service then shows an empty cart or starts one
 * @param ref    the cart this call names, with who names it: what the cart service takes
 * @param origin the request itself, for the write conditions
 */
record CartCall(CartParams params, String key, CartRef ref, CartResponses responses, Origin origin) {

    /**
     * What an Idempotency-Key's request is besides the cart key: its headers (If-Match, Idempotency-Key), its path
     * and query as requested, and its body (null for a GET). {@link #NONE} for a sub-request of a batch.
     */
    record Origin(HttpHeaders http, String target, String body) {

        static final Origin NONE = new Origin(null, null, null);
    }

    /** Whether a user is logged in: their carts are not kept by {@link RenderedCarts}. */
    boolean authenticated() {
        return ref.userId() != null;
    }

    /** A request header, or null ({@link ConditionalCartWrites}: If-Match, Idempotency-Key); none in a batch. */
    String header(String name) {
        return origin.http() == null ? null : origin.http().getHeaderString(name);
    }

    /** Path and query as requested, and the body (null for a GET): what an Idempotency-Key's request is. */
    String target() {
        return origin.target();
    }

    String body() {
        return origin.body();
    }
}
