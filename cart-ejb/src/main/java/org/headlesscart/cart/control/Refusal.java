package org.headlesscart.cart.control;

/**
 * A cart rule refusing a request, raised by control code and turned into the boundary's exception by the
 * boundary, so the rules stay free of the boundary's types. {@link Reason} names mirror the boundary's failures.
 */
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One value per refusal the rules can make; the boundary maps each by name. */
    public enum Reason {
        PRODUCT_ID_REQUIRED, UNKNOWN_PRODUCT_ID, INVALID_PRODUCT, QUANTITY_NOT_NUMERIC, QUANTITY_INVALID_AMOUNT,
        NO_VARIATION_FOUND, INVALID_VARIATION_DATA, MISSING_VARIATION_DATA, INVALID_PARENT_PRODUCT,
        PRODUCT_FAILED_VALIDATION, CANNOT_ADD_PRODUCT_TYPE, SOLD_INDIVIDUALLY, CANNOT_BE_PURCHASED, OUT_OF_STOCK,
        NOT_ENOUGH_IN_STOCK, NOT_ENOUGH_STOCK_REMAINING, GROUPED_PRODUCT_FAILED, GROUPED_PRODUCT_EMPTY,
        ITEM_KEY_REQUIRED, ITEM_NOT_IN_CART, NO_ITEMS, NO_ITEMS_IN_CART, CAN_NOT_INCREASE_QUANTITY,
        ITEM_ALREADY_RESTORED, ITEM_NOT_RESTORABLE, CART_EMPTY, INVALID_PARAM
    }

    private final Reason reason;

    public Refusal(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
