package org.headlesscart.api.cocart.v2.cart;

/**
 * Names of the cart's headers as OpenAPI components. The headers are described once, in {@code HeadlessCartApi}'s
 * definition, under their own names; the cart routes refer to them by these constants, so that {@code /openapi}
 * shows on every cart route which headers it takes and answers.
 */
public final class CartHeaderDocs {

    /** Request: the cart key (also {@code Cart-Key}, or the {@code cart_key} parameter). Response: the cart's key. */
    public static final String CART_KEY = "CoCart-API-Cart-Key";
    /** Request, writes and {@code GET /cart}: the strong tag the cart must still have. */
    public static final String IF_MATCH = "If-Match";
    /** Request, {@code GET /cart}: tags that answer 304 while the cart still has one of them. */
    public static final String IF_NONE_MATCH = "If-None-Match";
    /** Request, writes: apply the write once however often it is sent. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** Response: the strong tag of the cart shown. */
    public static final String ETAG = "ETag";
    /** Response: when the cart starts expiring and when it expires. */
    public static final String EXPIRING = "CoCart-API-Cart-Expiring";
    public static final String EXPIRATION = "CoCart-API-Cart-Expiration";
    /** Response: a write answered from its Idempotency-Key's record. */
    public static final String REPLAYED = "Idempotent-Replayed";

    /** The response component of a cart answer, with the headers above. */
    public static final String CART_ANSWER = "CartAnswer";
    /** The response component of {@code POST /cart}: {@code {message, cart_key}} with the key and expiry headers. */
    public static final String CART_CREATED = "CartCreated";

    private CartHeaderDocs() {
    }
}
