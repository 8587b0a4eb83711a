package org.headlesscart.webhook.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.Table;

/**
 * An outbox row, written by {@code org.headlesscart.platform.outbox.Outbox}; read here only by the relay, which
 * claims a batch with {@code FOR UPDATE SKIP LOCKED} (native: the claim must skip locked rows whatever the dialect
 * believes of the server; MariaDB has it since 10.6, MySQL since 8.0).
 */
@Entity
@Table(name = "webhook_event")
@NamedNativeQuery(name = WebhookEvent.CLAIM, resultClass = WebhookEvent.class,
        query = "SELECT * FROM webhook_event ORDER BY id LIMIT ?1 FOR UPDATE SKIP LOCKED")
public class WebhookEvent {

    public static final String CLAIM = "WebhookEvent.claim";

    @Id
    private long id;
    private String topic;
    @Column(name = "resource_key")
    private String resourceKey;
    @Column(name = "created_at")
    private Instant createdAt;

    protected WebhookEvent() {
    }

    public long getId() { return id; }
    public String getTopic() { return topic; }
    public String getResourceKey() { return resourceKey; }
    public Instant getCreatedAt() { return createdAt; }
}
