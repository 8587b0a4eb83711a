package org.headlesscart.api.cocart.v2.cart;

import jakarta.ws.rs.core.HttpHeaders;

import org.headlesscart.cart.model.CartRef;

/**
 * One request to a cart route, read: its arguments ({@link CartParams}), the cart it names ({@link RequestedCart})
 * and how its answers are written ({@link CartResponses}). {@link CartCalls} makes it, once per request, or once per
 * sub-request of a batch.
 */
final class CartCall {

    /**
     * What an Idempotency-Key's request is besides the cart key: its headers (If-Match, Idempotency-Key), its path
     * and query as requested, and its body (null for a GET). {@link #NONE} for a sub-request of a batch.
     */
    record Origin(HttpHeaders http, String target, String body) {

        static final Origin NONE = new Origin(null, null, null);
    }

    private final CartParams params;
    private final String key;
    private final CartRef ref;
    private final CartResponses responses;
    private final Origin origin;

    CartCall(CartParams params, String key, CartRef ref, CartResponses responses, Origin origin) {
        this.params = params;
        this.key = key;
        this.ref = ref;
        this.responses = responses;
        this.origin = origin;
    }

    CartParams params() {
        return params;
    }

    /** The key the request named, or null: the service then shows an empty cart or starts one. */
    String key() {
        return key;
    }

    /** The cart this call names, with who names it: what the cart service takes. */
    CartRef ref() {
        return ref;
    }

    /** Whether a user is logged in: their carts are not kept by {@link RenderedCarts}. */
    boolean authenticated() {
        return ref.userId() != null;
    }

    /** How this call's answers are written. */
    CartResponses responses() {
        return responses;
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
