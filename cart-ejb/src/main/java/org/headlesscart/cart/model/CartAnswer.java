package org.headlesscart.cart.model;

import java.time.Instant;

/**
 * The answer to a cart write as sent, kept under its Idempotency-Key and sent again for a retry of the request:
 * status, body, and what its headers are made from (the cart key and windows, the entity tag).
 *
 * @param etag     the unquoted strong tag of the cart the write left, {@code null} when it has none
 * @param replayed whether this is a kept answer sent again, not the answer of a write made now
 */
public record CartAnswer(int status, String body, String cartKey, Instant expiring, Instant expiration, String etag,
        boolean replayed) {
}
