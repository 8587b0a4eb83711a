package org.headlesscart.api.wc.v3;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.headlesscart.webhook.model.WebhookView;

/**
 * WooCommerce's REST webhook object ({@code wc/v3/webhooks}) in its field order. The secret is never answered (it
 * is write-only here); {@code hooks} is empty, as we have no WordPress action hooks behind the topics.
 */
@JsonbPropertyOrder({"id", "name", "status", "topic", "resource", "event", "hooks", "deliveryUrl", "dateCreated",
        "dateCreatedGmt", "dateModified", "dateModifiedGmt", "links"})
public record WebhookResponse(long id, String name, String status, String topic, String resource, String event,
        List<String> hooks, String deliveryUrl, String dateCreated, String dateCreatedGmt, String dateModified,
        String dateModifiedGmt, @JsonbProperty("_links") Map<String, List<Map<String, String>>> links) {

    static WebhookResponse from(WebhookView w, ProductResponse.Format f, String self, String collection) {
        Map<String, List<Map<String, String>>> links = new LinkedHashMap<>();
        links.put("self", List.of(Map.of("href", self)));
        links.put("collection", List.of(Map.of("href", collection)));
        return new WebhookResponse(w.id(), w.name(), w.status(), w.topic(), w.resource(), w.event(), List.of(),
                w.deliveryUrl(), f.local(w.createdAt()), f.gmt(w.createdAt()), f.local(w.modifiedAt()),
                f.gmt(w.modifiedAt()), links);
    }
}
