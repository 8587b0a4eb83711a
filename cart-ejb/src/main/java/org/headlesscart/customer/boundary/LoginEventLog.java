package org.headlesscart.customer.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The login throttle's events, shared by every server of the database (table {@code login_event}): under a key (the
 * SHA-256 of what the WAR's throttle counts by), the times of failures and sign-ins. The throttle's rules stay in
 * the WAR; this only stores and counts. Each call is its own short transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginEventLog {

    @PersistenceContext(unitName = "cart")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "headlesscart.auth.failure-window")
    Duration window;

    /** Records an event at {@code at} under {@code key}. */
    public void add(byte[] key, Instant at) {
        em.createNativeQuery("INSERT INTO login_event (key_hash, occurred_ms) VALUES (?1, ?2)")
                .setParameter(1, key).setParameter(2, at.toEpochMilli()).executeUpdate();
    }

    /**
     * Records the newest event of a key that only ever needs its newest one (a sign-in): moved in place, so a client
     * that signs in with every request keeps one row, not one per request.
     */
    public void replace(byte[] key, Instant at) {
        int moved = em.createNativeQuery("UPDATE login_event SET occurred_ms = GREATEST(occurred_ms, ?1)"
                + " WHERE key_hash = ?2").setParameter(1, at.toEpochMilli()).setParameter(2, key).executeUpdate();
        if (moved == 0) {
            add(key, at);       // two first sign-ins at once may both insert: the newest still counts, once
        }
    }

    /** The {@code n}-th newest event under {@code key} if at least {@code n} happened after {@code since}. */
    public Optional<Instant> nthNewestAfter(byte[] key, int n, Instant since) {
        List<?> found = em.createNativeQuery("SELECT occurred_ms FROM login_event WHERE key_hash = ?1"
                + " AND occurred_ms > ?2 ORDER BY occurred_ms DESC LIMIT 1 OFFSET " + Math.max(0, n - 1))
                .setParameter(1, key).setParameter(2, since.toEpochMilli()).getResultList();
        return found.stream().findFirst().map(ms -> Instant.ofEpochMilli(((Number) ms).longValue()));
    }

    /** Forgets the key's events. */
    public void remove(byte[] key) {
        em.createNativeQuery("DELETE FROM login_event WHERE key_hash = ?1").setParameter(1, key).executeUpdate();
    }

    /** Deletes up to {@code limit} events that left {@code headlesscart.auth.failure-window}; how many. */
    public int purgeExpired(int limit) {
        return em.createNativeQuery("DELETE FROM login_event WHERE occurred_ms <= ?1 LIMIT " + limit)
                .setParameter(1, Instant.now().minus(window).toEpochMilli()).executeUpdate();
    }
}
