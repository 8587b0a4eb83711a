package org.headlesscart.cart.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * An Idempotency-Key used on a cart write, known by the SHA-256 of its scope and value: the request it was first
 * sent with (a fingerprint) and the answer that request got. Inserted unanswered before the write, in the write's
 * transaction, and answered before that transaction commits, so a committed record always has its answer.
 */
@Entity
@Table(name = "idempotency_key")
@NamedQuery(name = IdempotencyRecord.BY_HASH, query = "SELECT k FROM IdempotencyRecord k WHERE k.keyHash = :hash")
@NamedQuery(name = IdempotencyRecord.EXPIRED_IDS,
        query = "SELECT k.id FROM IdempotencyRecord k WHERE k.expiresAt <= :now ORDER BY k.id")
@NamedQuery(name = IdempotencyRecord.DELETE_BY_ID, query = "DELETE FROM IdempotencyRecord k WHERE k.id = :id")
@NamedQuery(name = IdempotencyRecord.DELETE_BY_IDS, query = "DELETE FROM IdempotencyRecord k WHERE k.id IN :ids")
public class IdempotencyRecord {

    public static final String BY_HASH = "IdempotencyRecord.byHash";
    public static final String EXPIRED_IDS = "IdempotencyRecord.expiredIds";
    public static final String DELETE_BY_IDS = "IdempotencyRecord.deleteByIds";
    public static final String DELETE_BY_ID = "IdempotencyRecord.deleteById";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "key_hash", nullable = false, length = 64, updatable = false)
    private String keyHash;

    @Column(nullable = false, length = 64, updatable = false)
    private String fingerprint;

    /** The answer's HTTP status; 0 until answered. */
    @Column(nullable = false)
    private int status;

    @Column(columnDefinition = "MEDIUMTEXT")
    private String body;

    @Column(name = "cart_key", length = 42)
    private String cartKey;

    @Column(name = "cart_expiring")
    private Instant cartExpiring;

    @Column(name = "cart_expiration")
    private Instant cartExpiration;

    @Column(length = 100)
    private String etag;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    protected IdempotencyRecord() {
    }

    public IdempotencyRecord(String keyHash, String fingerprint, Instant now, Instant expiresAt) {
        this.keyHash = keyHash;
        this.fingerprint = fingerprint;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** Records the answer the first request got. */
    public void answer(int status, String body, String cartKey, Instant cartExpiring, Instant cartExpiration,
            String etag) {
        this.status = status;
        this.body = body;
        this.cartKey = cartKey;
        this.cartExpiring = cartExpiring;
        this.cartExpiration = cartExpiration;
        this.etag = etag;
    }

    public Long getId() { return id; }
    public boolean isAnswered() { return status != 0; }
    public String getFingerprint() { return fingerprint; }
    public int getStatus() { return status; }
    public String getBody() { return body; }
    public String getCartKey() { return cartKey; }
    public Instant getCartExpiring() { return cartExpiring; }
    public Instant getCartExpiration() { return cartExpiration; }
    public String getEtag() { return etag; }
    public Instant getExpiresAt() { return expiresAt; }
}
