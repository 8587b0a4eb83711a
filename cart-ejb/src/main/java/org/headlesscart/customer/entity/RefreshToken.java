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
 * One JWT refresh token, known here only by the SHA-256 of its value. It is live until it expires, is rotated
 * (used once) or is revoked; {@link #use} decides what presenting it means.
 */
@Entity
@Table(name = "refresh_token")
@NamedQuery(name = RefreshToken.BY_HASH, query = "SELECT t FROM RefreshToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = RefreshToken.LIVE_OF_USER, query = "SELECT t FROM RefreshToken t WHERE t.userId = :user "
        + "AND t.rotatedAt IS NULL AND t.revokedAt IS NULL AND t.expiresAt > :now ORDER BY t.issuedAt, t.id")
@NamedQuery(name = RefreshToken.REVOKE_FAMILY, query = "UPDATE RefreshToken t SET t.revokedAt = :now "
        + "WHERE t.family = :family AND t.revokedAt IS NULL")
@NamedQuery(name = RefreshToken.REVOKE_USER, query = "UPDATE RefreshToken t SET t.revokedAt = :now "
        + "WHERE t.userId = :user AND t.revokedAt IS NULL")
public class RefreshToken {

    public static final String BY_HASH = "RefreshToken.byHash";
    public static final String LIVE_OF_USER = "RefreshToken.liveOfUser";
    public static final String REVOKE_FAMILY = "RefreshToken.revokeFamily";
    public static final String REVOKE_USER = "RefreshToken.revokeUser";

    /** What presenting a token means, at a given instant. */
    public enum Use {
        /** Live: it is now rotated, and its successor may be issued. */
        ROTATED,
        /** Past its expiry. */
        EXPIRED,
        /** Revoked (logout, limit, or its family's reuse). */
        REVOKED,
        /** Already rotated: a second use of a one-time token, so the family must be revoked. */
        REUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false, length = 32)
    private String family;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "rotated_at")
    private Instant rotatedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected RefreshToken() {
    }

    public RefreshToken(String tokenHash, long userId, String family, Instant issuedAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.family = family;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    /**
     * Presents this token at {@code now}. Revocation is checked before reuse, so a family already revoked stays
     * quietly revoked; an expired token is not rotated.
     */
    public Use use(Instant now) {
        if (revokedAt != null) {
            return Use.REVOKED;
        }
        if (rotatedAt != null) {
            return Use.REUSED;
        }
        if (!now.isBefore(expiresAt)) {
            return Use.EXPIRED;
        }
        rotatedAt = now;
        return Use.ROTATED;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public long getUserId() {
        return userId;
    }

    public String getFamily() {
        return family;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRotatedAt() {
        return rotatedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
