package org.headlesscart.api.error;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.headlesscart.order.boundary.OrderException;

/**
 * Orders' failure reasons on the wire: CoCart's codes for the storefront routes, WooCommerce's for wc/v3/orders;
 * exhaustive, so a new reason does not compile unmapped. WooCommerce answers a refused refund 500; we answer 400,
 * as nothing failed on the server.
 */
@Provider
public class OrderExceptionMapper implements ExceptionMapper<OrderException> {

    @Override
    public Response toResponse(OrderException e) {
        Map<String, Object> data = new LinkedHashMap<>(e.data());
        return switch (e.failure()) {
            case ORDER_NOT_FOUND -> CoCartError.response(404, "cocart_order_not_found", e.getMessage(), data);
            case INVALID_STATUS_CHANGE ->
                    CoCartError.response(400, "woocommerce_rest_invalid_order_status", e.getMessage(), data);
            case ADMIN_ORDER_NOT_FOUND ->
                    CoCartError.response(404, "woocommerce_rest_shop_order_invalid_id", e.getMessage(), data);
            case NOTES_ORDER_NOT_FOUND ->
                    CoCartError.response(404, "woocommerce_rest_order_invalid_id", e.getMessage(), data);
            case REFUNDS_ORDER_NOT_FOUND ->
                    CoCartError.response(404, "woocommerce_rest_invalid_order_id", e.getMessage(), data);
            case ORDER_TO_UPDATE_NOT_FOUND ->
                    CoCartError.response(400, "woocommerce_rest_shop_order_invalid_id", e.getMessage(), data);
            case ORDER_MODIFIED -> CoCartError.response(412, "woocommerce_rest_order_modified", e.getMessage(), data);
            case ORDER_ALREADY_TRASHED ->
                    CoCartError.response(410, "woocommerce_rest_already_trashed", e.getMessage(), data);
            case PRODUCT_ID_REQUIRED, PRODUCT_INVALID ->
                    CoCartError.response(400, "woocommerce_rest_invalid_product_id", e.getMessage(), data);
            case PRODUCT_QUANTITY_INVALID ->
                    CoCartError.response(400, "woocommerce_rest_invalid_product_quantity", e.getMessage(), data);
            case COUPON_INVALID -> CoCartError.response(400, "woocommerce_rest_invalid_coupon", e.getMessage(), data);
            case NOTE_NOT_FOUND, REFUND_NOT_FOUND ->
                    CoCartError.response(404, "woocommerce_rest_invalid_id", e.getMessage(), data);
            case REFUND_NEGATIVE ->
                    CoCartError.response(400, "woocommerce_rest_invalid_order_refund", e.getMessage(), data);
            case REFUND_INVALID_AMOUNT, REFUND_INVALID_LINE, REFUND_GATEWAY_FAILED ->
                    CoCartError.response(400, "woocommerce_rest_cannot_create_order_refund", e.getMessage(), data);
        };
    }
}
