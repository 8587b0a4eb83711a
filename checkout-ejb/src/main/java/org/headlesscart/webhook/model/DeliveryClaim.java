package org.headlesscart.webhook.model;

/** A delivery a relay claimed, with what it needs to send it. */
public record DeliveryClaim(long deliveryId, long webhookId, String topic, String resourceKey, String deliveryUrl,
        String secret) {

    public boolean ping() {
        return WebhookTopics.PING.equals(topic);
    }
}
