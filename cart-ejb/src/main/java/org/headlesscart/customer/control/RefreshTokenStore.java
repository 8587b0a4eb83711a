package org.headlesscart.customer.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.headlesscart.customer.entity.RefreshToken;

/** Refresh tokens: their random values, their hashes, and the cart unit's named queries over them. */
@ApplicationScoped
public class RefreshTokenStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "cart")
    EntityManager em;

    /** 256 random bits, URL-safe: the value only its holder ever sees. */
    public static String newTokenValue() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
    }

    /** 128 random bits in hex: a family id, which is no secret. */
    public static String newFamily() {
        return HexFormat.of().formatHex(randomBytes(16));
    }

    public static String hash(String tokenValue) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(tokenValue.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }

    /** Locked, so two refreshes with the same token cannot both rotate it. */
    public Optional<RefreshToken> findForUpdate(String tokenValue) {
        return em.createNamedQuery(RefreshToken.BY_HASH, RefreshToken.class).setParameter("hash", hash(tokenValue))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream().findFirst();
    }

    /** The user's live tokens, oldest first. */
    public List<RefreshToken> liveOf(long userId, Instant now) {
        return em.createNamedQuery(RefreshToken.LIVE_OF_USER, RefreshToken.class).setParameter("user", userId)
                .setParameter("now", now).getResultList();
    }

    public void add(RefreshToken token) {
        em.persist(token);
    }

    public int revokeFamily(String family, Instant now) {
        return em.createNamedQuery(RefreshToken.REVOKE_FAMILY).setParameter("family", family)
                .setParameter("now", now).executeUpdate();
    }

    public int revokeAllOf(long userId, Instant now) {
        return em.createNamedQuery(RefreshToken.REVOKE_USER).setParameter("user", userId)
                .setParameter("now", now).executeUpdate();
    }

    /** The oldest of {@code live} that must go so that one more leaves at most {@code max}. */
    public static List<RefreshToken> beyondLimit(List<RefreshToken> liveOldestFirst, int max) {
        int excess = liveOldestFirst.size() - (max - 1);
        return excess <= 0 ? List.of() : liveOldestFirst.subList(0, excess);
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
