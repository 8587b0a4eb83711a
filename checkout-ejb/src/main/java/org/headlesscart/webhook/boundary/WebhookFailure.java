package org.headlesscart.webhook.boundary;

/** Why a webhook request was refused; api-war error/WebhookExceptionMapper maps each (exhaustive switch). */
public enum WebhookFailure {
    /** 404 woocommerce_rest_shop_webhook_invalid_id. */
    NOT_FOUND("Invalid ID."),
    /** 400 woocommerce_rest_shop_webhook_invalid_topic. */
    INVALID_TOPIC("Webhook topic is required and must be valid."),
    /** 400 woocommerce_rest_shop_webhook_invalid_delivery_url. */
    INVALID_DELIVERY_URL("Webhook delivery URL must be a valid URL starting with http:// or https://."),
    /** 404 woocommerce_rest_webhook_delivery_invalid_id. */
    DELIVERY_NOT_FOUND("Invalid ID.");

    private final String message;

    WebhookFailure(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
