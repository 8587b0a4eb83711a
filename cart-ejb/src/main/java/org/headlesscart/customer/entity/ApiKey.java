package org.headlesscart.customer.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A WooCommerce REST API key of a staff account. Neither half of the key is held: the consumer key only as
 * WooCommerce's lookup hash, the secret only as its SHA-256 (see {@code ApiKeyCodes}). Immutable but for the last
 * access; revoking a key deletes it.
 */
@Entity
@Table(name = "api_key")
@NamedQuery(name = ApiKey.BY_CONSUMER_KEY, query = "SELECT k FROM ApiKey k WHERE k.consumerKeyHash = :hash")
@NamedQuery(name = ApiKey.NEWEST_FIRST, query = "SELECT k FROM ApiKey k ORDER BY k.id DESC")
@NamedQuery(name = ApiKey.COUNT, query = "SELECT COUNT(k) FROM ApiKey k")
@NamedQuery(name = ApiKey.TOUCH, query = "UPDATE ApiKey k SET k.lastAccess = :now WHERE k.id = :id "
        + "AND (k.lastAccess IS NULL OR k.lastAccess < :staleBefore)")
public class ApiKey {

    public static final String BY_CONSUMER_KEY = "ApiKey.byConsumerKey";
    public static final String NEWEST_FIRST = "ApiKey.newestFirst";
    public static final String COUNT = "ApiKey.count";
    public static final String TOUCH = "ApiKey.touch";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false, length = 200)
    private String description;

    /** {@code read}, {@code write} or {@code read_write}, WooCommerce's values. */
    @Column(nullable = false, length = 10)
    private String permissions;

    @Column(name = "consumer_key_hash", nullable = false, length = 64)
    private String consumerKeyHash;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(name = "truncated_key", nullable = false, length = 7)
    private String truncatedKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_access")
    private Instant lastAccess;

    protected ApiKey() {
    }

    public ApiKey(long userId, String description, String permissions, String consumerKeyHash, String secretHash,
            String truncatedKey, Instant createdAt) {
        this.userId = userId;
        this.description = description;
        this.permissions = permissions;
        this.consumerKeyHash = consumerKeyHash;
        this.secretHash = secretHash;
        this.truncatedKey = truncatedKey;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getDescription() {
        return description;
    }

    public String getPermissions() {
        return permissions;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public String getTruncatedKey() {
        return truncatedKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastAccess() {
        return lastAccess;
    }
}
