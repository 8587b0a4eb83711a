package org.headlesscart.order.boundary;

import java.util.Map;

/**
 * Why an order request was refused. Each helper adds its reasons here; the WAR maps every one (exhaustive switch).
 */
public enum OrderFailure {

    /** No order with the id (or not visible to the requester). */
    ORDER_NOT_FOUND("Order not found."),

    /** A status change the order's current status does not allow. */
    INVALID_STATUS_CHANGE("The order cannot move from %s to %s."),

    // Checkout (COCART-PLUS §1.3 POST /checkout error catalogue): the WAR answers each with its cocart_ code.
    /** 401: neither a cart key nor a logged-in customer. */
    AUTHENTICATION_REQUIRED("Authentication or valid cart key required."),
    CART_EMPTY("Cannot checkout with empty cart."),
    INVALID_CURRENCY("Invalid currency code: %s"),
    /** Several address problems, their messages joined; {@code data.errors} lists each. */
    INVALID_ADDRESS_FIELDS("%s"),
    ADDRESS_FIELD_REQUIRED("%s is required."),
    INVALID_EMAIL_ADDRESS("The email address \"%s\" is not valid."),
    INVALID_PHONE_NUMBER("The phone number \"%s\" is not valid."),
    INVALID_BILLING_COUNTRY("Invalid billing country: %s. Please select a valid country."),
    INVALID_BILLING_POSTCODE("The postcode <strong>%s</strong> is not valid for %s."),
    INVALID_SHIPPING_COUNTRY("Invalid shipping country: %s. Please select a valid country."),
    INVALID_SHIPPING_POSTCODE("The postcode <strong>%s</strong> is not valid for %s."),
    PRODUCT_NOT_EXISTS("A product in your cart no longer exists and has been removed."),
    PRODUCT_NOT_PURCHASABLE("\"%s\" is not available for purchase."),
    PRODUCT_OUT_OF_STOCK("\"%s\" is out of stock and cannot be purchased."),
    INSUFFICIENT_STOCK("Insufficient stock for \"%s\". Only %d remaining."),
    INVALID_COUPON("The coupon \"%s\" is no longer valid and has been removed."),
    /**
     * A coupon's usage limit, or the customer's limit for it, is used up (counted under the coupon's row lock when
     * the order is placed): 400 {@code cocart_coupon_usage_limit}; data {@code coupon} = the code.
     */
    COUPON_USAGE_LIMIT("You have reached the usage limit for coupon \"%s\"."),
    NO_SHIPPING_METHOD("Please select a shipping method."),
    INVALID_SHIPPING_METHOD("The shipping method \"%s\" is not available."),
    ACCOUNT_CREATION_FAILED("%s"),

    // My Account (CustomerOrderService).
    /** The customer has no orders (CoCart Plus answers 404 for an empty list). */
    ACCOUNT_NO_ORDERS("No order has been made yet."),
    /** No order with the id that the requester may see: theirs, or a guest order with the e-mail given. */
    ACCOUNT_ORDER_NOT_FOUND("Order #%s does not exist."),
    /** A customer's cancel of an order that is no longer pending or failed. */
    ACCOUNT_ORDER_NOT_CANCELLABLE(
            "This order can no longer be cancelled. Please contact us if you need assistance."),

    // Orders admin (OrderAdminService, wc/v3/orders).
    /** Orders admin: no order with the id (404 woocommerce_rest_shop_order_invalid_id). */
    ADMIN_ORDER_NOT_FOUND("Invalid ID."),

    /** Orders admin: the notes or refunds of an order that does not exist. */
    NOTES_ORDER_NOT_FOUND("Invalid order ID."),

    REFUNDS_ORDER_NOT_FOUND("Invalid order ID."),

    /** Orders admin: an update of an order that does not exist (WooCommerce answers 400, not 404). */
    ORDER_TO_UPDATE_NOT_FOUND("Invalid ID."),

    /** Orders admin: If-Match names a version of the order that is no longer current. */
    ORDER_MODIFIED("The order was changed since it was read; read it again."),

    /** Orders admin: a delete without force of an order already in the trash. */
    ORDER_ALREADY_TRASHED("The order has already been deleted."),

    /** Orders admin: a line without a product id. */
    PRODUCT_ID_REQUIRED("Product ID or SKU is required."),

    /** Orders admin: a line naming no product or variation, or a variation of another product, or no price. */
    PRODUCT_INVALID("Product ID %s is invalid."),

    /** Orders admin: a line quantity that is not a positive whole number. */
    PRODUCT_QUANTITY_INVALID("Product quantity must be a positive float."),

    /** Orders admin: a coupon line naming no published coupon. */
    COUPON_INVALID("Coupon \"%s\" does not exist!"),

    /** Orders admin: a note, a refund of the order, that does not exist. */
    NOTE_NOT_FOUND("Invalid resource ID."),

    REFUND_NOT_FOUND("Invalid resource ID."),

    /** A refund amount below zero. */
    REFUND_NEGATIVE("Refund amount must be greater than zero."),

    /** A refund of more than is left to refund, of nothing, or of more units than a line has left. */
    REFUND_INVALID_AMOUNT("Invalid refund amount."),

    /** A refund line naming no product line of the order. */
    REFUND_INVALID_LINE("Invalid line item %s."),

    /** api_refund: the gateway did not give the money back; nothing was refunded. */
    REFUND_GATEWAY_FAILED("%s");

    private final String message;

    OrderFailure(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }

    /** The exception with {@code data} for the envelope, the message formatted with {@code args}. */
    public OrderException exception(Map<String, Object> data, Object... args) {
        return new OrderException(this, message.formatted(args), data);
    }

    /** The exception to throw, the message formatted with {@code args}. */
    public OrderException exception(Object... args) {
        return new OrderException(this, message.formatted(args), Map.of());
    }
}
