package org.headlesscart.webhook.model;

/** The fields of a create or update; {@code null} = not given (an update keeps the value). */
public record WebhookDraft(String name, String status, String topic, String deliveryUrl, String secret) {
}
