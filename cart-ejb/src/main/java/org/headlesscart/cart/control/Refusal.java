package org.headlesscart.cart.control;

import java.util.Map;

/**
 * A cart rule refusing a request: the one way control code refuses. The boundary's {@code CartRefusals} turns it
 * into the boundary's exception, so the rules stay free of the boundary's types and every refusal takes one path to
 * the wire. {@link Reason} names mirror the boundary's {@code CartFailure}, which the WAR maps to CoCart's codes
 * (CartFailureTest keeps the two lists in step).
 */
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One value per refusal the rules can make; the boundary maps each by name. */
    public enum Reason {
        INVALID_CART_KEY, INVALID_PARAM, MUST_AUTHENTICATE_USER, PRODUCT_ID_REQUIRED, UNKNOWN_PRODUCT_ID,
        INVALID_PRODUCT, QUANTITY_NOT_NUMERIC, QUANTITY_INVALID_AMOUNT, NO_VARIATION_FOUND, INVALID_VARIATION_DATA,
        MISSING_VARIATION_DATA, INVALID_PARENT_PRODUCT, PRODUCT_FAILED_VALIDATION, CANNOT_ADD_PRODUCT_TYPE,
        SOLD_INDIVIDUALLY, CANNOT_BE_PURCHASED, OUT_OF_STOCK, NOT_ENOUGH_IN_STOCK, NOT_ENOUGH_STOCK_REMAINING,
        GROUPED_PRODUCT_FAILED, GROUPED_PRODUCT_EMPTY, ITEM_KEY_REQUIRED, ITEM_NOT_IN_CART, NO_ITEMS,
        CAN_NOT_INCREASE_QUANTITY, ITEM_ALREADY_RESTORED, ITEM_NOT_RESTORABLE, UPDATE_NO_NAMESPACE, CART_EMPTY,
        CART_BUSY, CART_MODIFIED, IDEMPOTENCY_KEY_REUSED,
        COUPONS_NOT_ENABLED, COUPON_CODE_REQUIRED, COUPON_REQUIRED, COUPON_NOT_EXIST, COUPON_CANNOT_ADD,
        COUPON_FAILED_TO_APPLY, COUPON_NOT_IN_CART, NO_COUPONS_APPLIED, FEE_MISSING_NAME, FEE_MISSING_AMOUNT,
        FEE_CANNOT_ADD, SHIPPING_DISABLED, MISSING_RATE_ID, SHIPPING_NOT_CALCULATED, SHIPPING_METHOD_INCORRECT,
        QUOTE_EXTERNAL_DENIED, QUOTE_GROUPED_DENIED
    }

    /** {@link #operation()} of a refusal that no operation of a batch made. */
    public static final int NO_OPERATION = -1;

    private final Reason reason;
    private final transient Map<String, String> params;
    private final int operation;

    public Refusal(Reason reason, String message) {
        this(reason, message, Map.of(), NO_OPERATION);
    }

    private Refusal(Reason reason, String message, Map<String, String> params, int operation) {
        super(message, null, false, false);    // an answer, not a fault: no stack trace
        this.reason = reason;
        this.params = Map.copyOf(params);
        this.operation = operation;
    }

    /** A parameter WordPress would call invalid ({@code rest_invalid_param}), named with what is wrong with it. */
    public static Refusal invalidParam(Reason reason, String name, String problem) {
        return new Refusal(reason, "Invalid parameter(s): " + name, Map.of(name, problem), NO_OPERATION);
    }

    /**
     * A coupon WooCommerce refuses (COCART-PLUS decision 4): {@code cocart_coupon_failed_to_apply} with
     * WooCommerce's message, its numbered error as {@code data.wc_code}.
     */
    public static Refusal couponFailed(int wcCode, String message) {
        return new Refusal(Reason.COUPON_FAILED_TO_APPLY, message, Map.of(WC_CODE, Integer.toString(wcCode)),
                NO_OPERATION);
    }

    /** The parameter of {@link #couponFailed} that carries WooCommerce's error number. */
    public static final String WC_CODE = "wc_code";

    /** This refusal as made by the operation at {@code index} of a batch. */
    public Refusal at(int index) {
        return new Refusal(reason, getMessage(), params, index);
    }

    public Reason reason() {
        return reason;
    }

    /** For {@code rest_invalid_param}: each bad parameter and what is wrong with it. */
    public Map<String, String> params() {
        return params;
    }

    /** The index of the batch operation that made the refusal, from 0; {@link #NO_OPERATION} for none. */
    public int operation() {
        return operation;
    }
}
