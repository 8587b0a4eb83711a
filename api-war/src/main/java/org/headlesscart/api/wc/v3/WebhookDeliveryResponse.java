package org.headlesscart.api.wc.v3;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.headlesscart.webhook.model.DeliveryView;

/**
 * One delivery of the log, in the shape of WooCommerce's webhook delivery object (v1's {@code deliveries}: id,
 * duration, summary, request and response parts, dates), plus where it stands: {@code status} (pending, delivered,
 * failed for a ping that failed), {@code attempts} and {@code topic}. Headers are kept truncated; the request body
 * is not kept (personal data), as WooCommerce keeps it out of its log.
 */
@JsonbPropertyOrder({"id", "topic", "status", "attempts", "duration", "summary", "requestMethod", "requestUrl",
        "requestHeaders", "requestBody", "responseCode", "responseMessage", "responseHeaders", "responseBody",
        "dateCreated", "dateCreatedGmt", "dateAttempted", "dateAttemptedGmt", "dateNextAttempt",
        "dateNextAttemptGmt"})
public record WebhookDeliveryResponse(long id, String topic, String status, int attempts, String duration,
        String summary, String requestMethod, String requestUrl, Map<String, String> requestHeaders,
        String requestBody, String responseCode, String responseMessage, Map<String, String> responseHeaders,
        String responseBody, String dateCreated, String dateCreatedGmt, String dateAttempted, String dateAttemptedGmt,
        String dateNextAttempt, String dateNextAttemptGmt) {

    static WebhookDeliveryResponse from(DeliveryView d, ProductResponse.Format f) {
        String code = d.responseCode() == null ? "" : String.valueOf(d.responseCode());
        String summary = d.attemptedAt() == null ? "Not attempted yet."
                : "HTTP " + (code.isEmpty() ? "error" : code) + (d.responseMessage() == null ? ""
                        : " " + d.responseMessage());
        boolean pending = "pending".equals(d.state());
        return new WebhookDeliveryResponse(d.id(), d.topic(), d.state(), d.attempts(),
                d.durationMs() == null ? "" : String.valueOf(d.durationMs() / 1000.0), summary,
                d.attemptedAt() == null ? "" : "POST", d.deliveryUrl() == null ? "" : d.deliveryUrl(),
                headers(d.requestHeaders()), "", code, d.responseMessage() == null ? "" : d.responseMessage(),
                headers(d.responseHeaders()), d.responseBody() == null ? "" : d.responseBody(),
                f.local(d.createdAt()), f.gmt(d.createdAt()), f.local(d.attemptedAt()), f.gmt(d.attemptedAt()),
                pending ? f.local(d.dueAt()) : null, pending ? f.gmt(d.dueAt()) : null);
    }

    private static Map<String, String> headers(String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(line.substring(0, colon), line.substring(colon + 1).strip());
                }
            }
        }
        return headers;
    }

    static List<WebhookDeliveryResponse> all(List<DeliveryView> deliveries, ProductResponse.Format f) {
        return deliveries.stream().map(d -> from(d, f)).toList();
    }
}
