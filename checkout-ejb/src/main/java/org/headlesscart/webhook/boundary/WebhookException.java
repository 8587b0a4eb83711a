package org.headlesscart.webhook.boundary;

/** A webhook request refused (rolls back, as every runtime exception here); the WAR maps it to WooCommerce's code. */
public class WebhookException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final WebhookFailure failure;

    public WebhookException(WebhookFailure failure) {
        super(failure.message(), null, false, false);
        this.failure = failure;
    }

    public WebhookFailure failure() {
        return failure;
    }
}
