package org.headlesscart.api.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.headlesscart.webhook.boundary.WebhookException;

/** Webhook refusals with WooCommerce's codes (docs/webhooks.md); exhaustive, so a new reason does not compile unmapped. */
@Provider
public class WebhookExceptionMapper implements ExceptionMapper<WebhookException> {

    @Override
    public Response toResponse(WebhookException e) {
        return switch (e.failure()) {
            case NOT_FOUND -> CoCartError.response(404, "woocommerce_rest_shop_webhook_invalid_id", e.getMessage());
            case INVALID_TOPIC -> CoCartError.response(400, "woocommerce_rest_shop_webhook_invalid_topic",
                    e.getMessage());
            case INVALID_DELIVERY_URL -> CoCartError.response(400, "woocommerce_rest_shop_webhook_invalid_delivery_url",
                    e.getMessage());
            case DELIVERY_NOT_FOUND -> CoCartError.response(404, "woocommerce_rest_webhook_delivery_invalid_id",
                    e.getMessage());
        };
    }
}
