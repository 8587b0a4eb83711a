package org.headlesscart.webhook.control;

import org.headlesscart.webhook.entity.Webhook;
import org.headlesscart.webhook.entity.WebhookDelivery;
import org.headlesscart.webhook.model.DeliveryView;
import org.headlesscart.webhook.model.WebhookView;

/** Entities to the component's published views. */
public final class WebhookViews {

    private WebhookViews() {
    }

    public static WebhookView of(Webhook w) {
        return new WebhookView(w.getId(), w.getName(), w.getStatus(), w.getTopic(), w.getDeliveryUrl(), w.getSecret(),
                w.getApiVersion(), w.getFailureCount(), w.getCreatedAt(), w.getModifiedAt());
    }

    public static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(d.getId(), d.getWebhookId(), d.getTopic(), d.getResourceKey(), d.getState(),
                d.getAttempts(), d.getCreatedAt(), d.getDueAt(), d.getAttemptedAt(), d.getDeliveryUrl(),
                d.getResponseCode(), d.getResponseMessage(), d.getDurationMs(), d.getRequestHeaders(),
                d.getRequestBody(), d.getResponseHeaders(), d.getResponseBody());
    }
}
