package org.headlesscart.webhook.model;

import java.time.Instant;

/** A webhook as staff see it ({@code wc/v3/webhooks}); the secret included, as WooCommerce's edit context has it. */
public record WebhookView(long id, String name, String status, String topic, String deliveryUrl, String secret,
        String apiVersion, int failureCount, Instant createdAt, Instant modifiedAt) {

    /** {@code order} of {@code order.created}. */
    public String resource() {
        return topic.substring(0, topic.indexOf('.'));
    }

    /** {@code created} of {@code order.created}. */
    public String event() {
        return topic.substring(topic.indexOf('.') + 1);
    }
}
