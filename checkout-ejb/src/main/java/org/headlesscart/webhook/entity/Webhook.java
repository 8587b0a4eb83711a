package org.headlesscart.webhook.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A subscription: which topic goes to which URL, signed with which secret, and how its deliveries fare. */
@Entity
@Table(name = "webhook")
@NamedQuery(name = Webhook.ALL, query = "SELECT w FROM Webhook w ORDER BY w.id DESC")
@NamedQuery(name = Webhook.BY_STATUS, query = "SELECT w FROM Webhook w WHERE w.status = :status ORDER BY w.id DESC")
@NamedQuery(name = Webhook.COUNT, query = "SELECT COUNT(w) FROM Webhook w")
@NamedQuery(name = Webhook.COUNT_BY_STATUS, query = "SELECT COUNT(w) FROM Webhook w WHERE w.status = :status")
@NamedQuery(name = Webhook.ACTIVE, query = "SELECT w FROM Webhook w WHERE w.status = 'active'")
public class Webhook {

    public static final String ALL = "Webhook.all";
    public static final String BY_STATUS = "Webhook.byStatus";
    public static final String ACTIVE = "Webhook.active";
    public static final String COUNT = "Webhook.count";
    public static final String COUNT_BY_STATUS = "Webhook.countByStatus";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private long id;

    private String name;
    private String status;
    private String topic;
    @Column(name = "delivery_url")
    private String deliveryUrl;
    private String secret;
    @Column(name = "api_version")
    private String apiVersion;
    @Column(name = "user_id")
    private long userId;
    @Column(name = "failure_count")
    private int failureCount;
    @Column(name = "retry_at")
    private Instant retryAt;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;
    @Column(name = "modified_at")
    private Instant modifiedAt;

    protected Webhook() {
    }

    public Webhook(long userId, Instant now) {
        this.userId = userId;
        this.createdAt = now;
        this.modifiedAt = now;
        this.apiVersion = "wp_api_v3";
    }

    public long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getDeliveryUrl() { return deliveryUrl; }
    public void setDeliveryUrl(String deliveryUrl) { this.deliveryUrl = deliveryUrl; }
    public String getSecret() { return secret; }
    public void setSecret(String secret) { this.secret = secret; }
    public String getApiVersion() { return apiVersion; }
    public void setApiVersion(String apiVersion) { this.apiVersion = apiVersion; }
    public long getUserId() { return userId; }
    public int getFailureCount() { return failureCount; }
    public void setFailureCount(int failureCount) { this.failureCount = failureCount; }
    public Instant getRetryAt() { return retryAt; }
    public void setRetryAt(Instant retryAt) { this.retryAt = retryAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getModifiedAt() { return modifiedAt; }
    public void setModifiedAt(Instant modifiedAt) { this.modifiedAt = modifiedAt; }
}
