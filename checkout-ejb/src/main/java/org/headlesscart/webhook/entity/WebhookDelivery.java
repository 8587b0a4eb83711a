package org.headlesscart.webhook.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One event for one webhook, or a webhook's ping: {@code pending} until a relay delivers it ({@code delivered}); the
 * last attempt's request and answer stay as the delivery log. A relay claims due rows with {@code FOR UPDATE SKIP
 * LOCKED} and sets {@code claimed_until}, so no other relay takes them while it delivers.
 */
@Entity
@Table(name = "webhook_delivery")
@NamedQuery(name = WebhookDelivery.OF_WEBHOOK,
        query = "SELECT d FROM WebhookDelivery d WHERE d.webhookId = :webhook ORDER BY d.id DESC")
@NamedQuery(name = WebhookDelivery.COUNT_OF_WEBHOOK,
        query = "SELECT COUNT(d) FROM WebhookDelivery d WHERE d.webhookId = :webhook")
@NamedQuery(name = WebhookDelivery.POSTPONE, query = "UPDATE WebhookDelivery d SET d.dueAt = :until "
        + "WHERE d.webhookId = :webhook AND d.state = 'pending' AND d.dueAt < :until")
@NamedNativeQuery(name = WebhookDelivery.CLAIM, resultClass = WebhookDelivery.class,
        query = "SELECT * FROM webhook_delivery WHERE state = 'pending' AND due_at <= ?1 "
                + "AND (claimed_until IS NULL OR claimed_until < ?1) AND webhook_id IN (?2) "
                + "ORDER BY id LIMIT ?3 FOR UPDATE SKIP LOCKED")
@NamedNativeQuery(name = WebhookDelivery.PURGE_LOG,
        query = "DELETE FROM webhook_delivery WHERE state IN ('delivered', 'failed') AND due_at < ?1 LIMIT ?2")
public class WebhookDelivery {

    public static final String OF_WEBHOOK = "WebhookDelivery.ofWebhook";
    public static final String COUNT_OF_WEBHOOK = "WebhookDelivery.countOfWebhook";
    public static final String POSTPONE = "WebhookDelivery.postpone";
    public static final String CLAIM = "WebhookDelivery.claim";
    /** Delivered and failed deliveries due before ?1 (for a delivery, due is when it was last tried), at most ?2. */
    public static final String PURGE_LOG = "WebhookDelivery.purgeLog";

    public static final String PENDING = "pending";
    public static final String DELIVERED = "delivered";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;
    @Column(name = "webhook_id")
    private long webhookId;
    private String topic;
    @Column(name = "resource_key")
    private String resourceKey;
    private String state;
    private int attempts;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "claimed_until")
    private Instant claimedUntil;
    @Column(name = "attempted_at")
    private Instant attemptedAt;
    @Column(name = "delivery_url")
    private String deliveryUrl;
    @Column(name = "response_code")
    private Integer responseCode;
    @Column(name = "response_message")
    private String responseMessage;
    @Column(name = "duration_ms")
    private Integer durationMs;
    @Column(name = "request_headers", columnDefinition = "TEXT")
    private String requestHeaders;
    @Column(name = "request_body", columnDefinition = "MEDIUMTEXT")
    private String requestBody;
    @Column(name = "response_headers", columnDefinition = "TEXT")
    private String responseHeaders;
    @Column(name = "response_body", columnDefinition = "TEXT")
    private String responseBody;

    protected WebhookDelivery() {
    }

    public WebhookDelivery(long webhookId, String topic, String resourceKey, Instant now) {
        this.webhookId = webhookId;
        this.topic = topic;
        this.resourceKey = resourceKey;
        this.state = PENDING;
        this.createdAt = now;
        this.dueAt = now;
    }

    /** Keeps what the last attempt sent and got; texts are already truncated by the sender. */
    public void attempted(Instant at, String url, Integer code, String message, int millis, String sentHeaders,
            String sentBody, String gotHeaders, String gotBody) {
        attempts++;
        attemptedAt = at;
        deliveryUrl = url;
        responseCode = code;
        responseMessage = message;
        durationMs = millis;
        requestHeaders = sentHeaders;
        requestBody = sentBody;
        responseHeaders = gotHeaders;
        responseBody = gotBody;
        claimedUntil = null;
    }

    public long getId() { return id; }
    public long getWebhookId() { return webhookId; }
    public String getTopic() { return topic; }
    public String getResourceKey() { return resourceKey; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public int getAttempts() { return attempts; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getDueAt() { return dueAt; }
    public void setDueAt(Instant dueAt) { this.dueAt = dueAt; }
    public Instant getClaimedUntil() { return claimedUntil; }
    public void setClaimedUntil(Instant claimedUntil) { this.claimedUntil = claimedUntil; }
    public Instant getAttemptedAt() { return attemptedAt; }
    public String getDeliveryUrl() { return deliveryUrl; }
    public Integer getResponseCode() { return responseCode; }
    public String getResponseMessage() { return responseMessage; }
    public Integer getDurationMs() { return durationMs; }
    public String getRequestHeaders() { return requestHeaders; }
    public String getRequestBody() { return requestBody; }
    public String getResponseHeaders() { return responseHeaders; }
    public String getResponseBody() { return responseBody; }
}
