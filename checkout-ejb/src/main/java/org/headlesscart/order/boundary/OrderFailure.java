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

    /** The exception to throw, the message formatted with {@code args}. */
    public OrderException exception(Object... args) {
        return new OrderException(this, message.formatted(args), Map.of());
    }
}
