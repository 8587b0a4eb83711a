package org.headlesscart.cart.boundary;

/**
 * Every way a cart request can be refused, with CoCart's error code and HTTP status (contract §10). The WAR maps
 * each value to the CoCart envelope in one place.
 */
public enum CartFailure {
    INVALID_CART_KEY("rest_invalid_param", 400),
    INVALID_PARAM("rest_invalid_param", 400),
    /**
     * The key is a registered user's id and the caller is not that user (contract §6.2, in our one error envelope
     * rather than upstream's WP-ajax body; README "Carts and identity").
     */
    MUST_AUTHENTICATE_USER("cocart_must_authenticate_user", 403),
    PRODUCT_ID_REQUIRED("cocart_product_id_required", 404),
    UNKNOWN_PRODUCT_ID("cocart_unknown_product_id", 404),
    INVALID_PRODUCT("cocart_invalid_product", 400),
    QUANTITY_NOT_NUMERIC("cocart_quantity_not_numeric", 405),
    QUANTITY_INVALID_AMOUNT("cocart_quantity_invalid_amount", 405),
    NO_VARIATION_FOUND("cocart_no_variation_found", 404),
    INVALID_VARIATION_DATA("cocart_invalid_variation_data", 400),
    MISSING_VARIATION_DATA("cocart_missing_variation_data", 400),
    INVALID_PARENT_PRODUCT("cocart_cart_invalid_parent_product", 404),
    PRODUCT_FAILED_VALIDATION("cocart_product_failed_validation", 400),
    CANNOT_ADD_PRODUCT_TYPE("cocart_cannot_add_product_type_to_cart", 403),
    SOLD_INDIVIDUALLY("cocart_product_sold_individually", 403),
    CANNOT_BE_PURCHASED("cocart_cannot_be_purchased", 400),
    OUT_OF_STOCK("cocart_product_out_of_stock", 404),
    NOT_ENOUGH_IN_STOCK("cocart_not_enough_in_stock", 404),
    NOT_ENOUGH_STOCK_REMAINING("cocart_not_enough_stock_remaining", 404),
    GROUPED_PRODUCT_FAILED("cocart_grouped_product_failed", 404),
    GROUPED_PRODUCT_EMPTY("cocart_grouped_product_empty", 404),
    ITEM_KEY_REQUIRED("cocart_cart_item_key_required", 404),
    ITEM_NOT_IN_CART("cocart_item_not_in_cart", 404),
    NO_ITEMS("cocart_no_items", 404),
    NO_ITEMS_IN_CART("cocart_no_items_in_cart", 404),
    CAN_NOT_INCREASE_QUANTITY("cocart_can_not_increase_quantity", 405),
    ITEM_ALREADY_RESTORED("cocart_item_restored_to_cart", 405),
    ITEM_NOT_RESTORABLE("cocart_item_restored_to_cart", 404),
    CART_TOTALS_EMPTY("cocart_cart_totals_empty", 404),
    UPDATE_NO_NAMESPACE("cocart_update_cart_no_namespace_error", 404),
    UPDATE_NAMESPACE_INVALID("cocart_update_cart_namespace_error", 404),
    CART_EMPTY("cocart_cart_empty", 404),
    /** Not in CoCart: the cart stayed locked by other requests longer than we wait (contract §10 addition). */
    CART_BUSY("cocart_cart_busy", 409),
    /** Not in CoCart: the write's If-Match names no longer the cart as it is (README "Conditional and idempotent writes"). */
    CART_MODIFIED("cocart_cart_modified", 412),
    /** Not in CoCart: an Idempotency-Key sent again with another request. */
    IDEMPOTENCY_KEY_REUSED("cocart_idempotency_key_reused", 422);

    private final String code;
    private final int status;

    CartFailure(String code, int status) {
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }
}
