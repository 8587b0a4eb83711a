package org.headlesscart.cart.boundary;

/**
 * Every way a cart request can be refused. The WAR maps each reason to CoCart's code and HTTP status (contract §10)
 * in one exhaustive switch, the only place they are written. The rules' {@code Refusal} reasons carry the same
 * names.
 */
public enum CartFailure {
    INVALID_CART_KEY,
    INVALID_PARAM,
    /**
     * The key is a registered user's id and the caller is not that user (contract §6.2, in our one error envelope
     * rather than upstream's WP-ajax body; docs/carts-and-identity.md).
     */
    MUST_AUTHENTICATE_USER,
    PRODUCT_ID_REQUIRED,
    UNKNOWN_PRODUCT_ID,
    INVALID_PRODUCT,
    QUANTITY_NOT_NUMERIC,
    QUANTITY_INVALID_AMOUNT,
    NO_VARIATION_FOUND,
    INVALID_VARIATION_DATA,
    MISSING_VARIATION_DATA,
    INVALID_PARENT_PRODUCT,
    PRODUCT_FAILED_VALIDATION,
    CANNOT_ADD_PRODUCT_TYPE,
    SOLD_INDIVIDUALLY,
    CANNOT_BE_PURCHASED,
    OUT_OF_STOCK,
    NOT_ENOUGH_IN_STOCK,
    NOT_ENOUGH_STOCK_REMAINING,
    GROUPED_PRODUCT_FAILED,
    GROUPED_PRODUCT_EMPTY,
    ITEM_KEY_REQUIRED,
    ITEM_NOT_IN_CART,
    NO_ITEMS,
    NO_ITEMS_IN_CART,
    CAN_NOT_INCREASE_QUANTITY,
    ITEM_ALREADY_RESTORED,
    ITEM_NOT_RESTORABLE,
    CART_TOTALS_EMPTY,
    UPDATE_NO_NAMESPACE,
    UPDATE_NAMESPACE_INVALID,
    CART_EMPTY,
    /** Not in CoCart: the cart stayed locked by other requests longer than we wait (contract §10 addition). */
    CART_BUSY,
    /** Not in CoCart: the write's If-Match names no longer the cart as it is (docs/conditional-writes.md). */
    CART_MODIFIED,
    /** Not in CoCart: an Idempotency-Key sent again with another request. */
    IDEMPOTENCY_KEY_REUSED,
    /** CoCart Plus (COCART-PLUS §1.2): the store has coupons switched off. */
    COUPONS_NOT_ENABLED,
    /** apply-coupon without a code. */
    COUPON_CODE_REQUIRED,
    /** DELETE coupons/{code} without a code. */
    COUPON_REQUIRED,
    COUPON_NOT_EXIST,
    /** A coupon on a cart without items. */
    COUPON_CANNOT_ADD,
    /** WooCommerce refused the coupon (decision 4); the params carry {@code wc_code}. */
    COUPON_FAILED_TO_APPLY,
    COUPON_NOT_IN_CART,
    NO_COUPONS_APPLIED,
    FEE_MISSING_NAME,
    FEE_MISSING_AMOUNT,
    FEE_CANNOT_ADD,
    SHIPPING_DISABLED,
    MISSING_RATE_ID,
    SHIPPING_NOT_CALCULATED,
    /** A rate (or package) the cart is not offered. */
    SHIPPING_METHOD_INCORRECT,
    /** products/{id}/shipping-rates of an external product. */
    QUOTE_EXTERNAL_DENIED,
    /** products/{id}/shipping-rates of a grouped product. */
    QUOTE_GROUPED_DENIED
}
