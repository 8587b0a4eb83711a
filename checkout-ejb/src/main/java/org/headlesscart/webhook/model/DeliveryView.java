package org.headlesscart.webhook.model;

import java.time.Instant;

/** One delivery as the log shows it: the last attempt's request and answer (texts truncated). */
public record DeliveryView(long id, long webhookId, String topic, String resourceKey, String state, int attempts,
        Instant createdAt, Instant dueAt, Instant attemptedAt, String deliveryUrl, Integer responseCode,
        String responseMessage, Integer durationMs, String requestHeaders, String requestBody, String responseHeaders,
        String responseBody) {
}
