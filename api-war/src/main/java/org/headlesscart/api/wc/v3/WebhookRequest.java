package org.headlesscart.api.wc.v3;

import org.headlesscart.webhook.model.WebhookDraft;
import org.headlesscart.webhook.model.WebhookTopics;

/**
 * A webhook create or update body, read as WooCommerce's webhook schema: {@code name}, {@code status} (one of
 * active, paused, disabled), {@code topic}, {@code delivery_url}, {@code secret}; strings bounded by what is stored.
 * The topic and URL rules, with WooCommerce's own codes, are the service's.
 */
final class WebhookRequest {

    private WebhookRequest() {
    }

    record Parsed(WebhookDraft draft, Long id) {
    }

    static Parsed parse(String body) {
        return read(JsonBody.parse(body));
    }

    static Parsed parse(jakarta.json.JsonObject item) {
        return read(JsonBody.of(item));
    }

    private static Parsed read(JsonBody json) {
        Long id = json.has("id") ? json.integer("id") : null;
        String status = json.string("status");
        if (status != null && !WebhookTopics.STATUSES.contains(status)) {
            json.report("status", "rest_not_in_enum", "status is not one of active, paused, disabled.");
        }
        String name = bounded(json, "name", WebhookTopics.MAX_NAME);
        String secret = bounded(json, "secret", WebhookTopics.MAX_SECRET);
        String topic = bounded(json, "topic", 64);
        String url = bounded(json, "delivery_url", WebhookTopics.MAX_URL);
        json.throwIfAny();
        return new Parsed(new WebhookDraft(name, status, topic, url, secret), id);
    }

    private static String bounded(JsonBody json, String field, int max) {
        String value = json.string(field);
        if (value != null && value.length() > max) {
            json.report(field, "rest_too_long", field + " must be at most " + max + " characters long.");
            return null;
        }
        return value;
    }
}
