package org.headlesscart.cart.model;

import java.util.List;

/**
 * What a cart write is conditional on (docs/conditional-writes.md): {@code If-Match} and
 * {@code Idempotency-Key}. Both are checked inside the write's transaction: the key is claimed before anything
 * else, the tags are compared once the cart row is locked.
 *
 * @param ifMatch     the request's {@code If-Match}, or {@code null} when it sent none
 * @param idempotency the request's {@code Idempotency-Key} with what identifies the request, or {@code null}
 */
public record WriteConditions(IfMatch ifMatch, Idempotency idempotency) {

    /**
     * {@code If-Match}: {@code *}, or the strong tags listed (unquoted; weak tags never match a write, RFC 9110
     * §13.1.1, so they are left out, and a header of only weak tags matches nothing).
     */
    public record IfMatch(boolean any, List<String> tags) {

        public IfMatch {
            tags = List.copyOf(tags);
        }
    }

    /**
     * @param key         the {@code Idempotency-Key} as sent
     * @param fingerprint a digest of the request (method, route, query, cart key, body): the same key with another
     *                    request is refused
     */
    public record Idempotency(String key, String fingerprint) {
    }
}
