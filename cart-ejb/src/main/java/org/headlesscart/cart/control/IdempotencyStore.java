package org.headlesscart.cart.control;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.headlesscart.cart.entity.IdempotencyRecord;

/** Idempotency-Key records of cart writes, by the hash of scope and key (docs/conditional-writes.md). */
@Dependent
public class IdempotencyStore {

    @PersistenceContext(unitName = "cart")
    EntityManager em;

    /** The live record under the hash; an expired one is deleted here, so the key can be claimed again. */
    public Optional<IdempotencyRecord> find(String keyHash, Instant now) {
        Optional<IdempotencyRecord> found = em.createNamedQuery(IdempotencyRecord.BY_HASH, IdempotencyRecord.class)
                .setParameter("hash", keyHash).getResultList().stream().findFirst();
        if (found.isPresent() && !now.isBefore(found.get().getExpiresAt())) {
            // By id, not em.remove: a racer that deleted it first leaves nothing to delete, not a stale-state error;
            // both then claim the key, and the unique key lets one through.
            em.createNamedQuery(IdempotencyRecord.DELETE_BY_ID).setParameter("id", found.get().getId())
                    .executeUpdate();
            em.detach(found.get());
            return Optional.empty();
        }
        return found;
    }

    /**
     * Inserts the unanswered record at once. While this transaction runs, another inserting the same hash waits on
     * the unique key; when this one commits, the other fails on it (and its retry finds the answer), when this one
     * rolls back, the other's insert goes through.
     */
    public IdempotencyRecord claim(String keyHash, String fingerprint, Instant now, Instant expiresAt) {
        IdempotencyRecord claimed = new IdempotencyRecord(keyHash, fingerprint, now, expiresAt);
        em.persist(claimed);
        em.flush();
        return claimed;
    }

    /** Deletes up to {@code limit} records whose lifetime has ended; how many. */
    public int deleteExpired(Instant now, int limit) {
        List<Long> ids = em.createNamedQuery(IdempotencyRecord.EXPIRED_IDS, Long.class).setParameter("now", now)
                .setMaxResults(limit).getResultList();
        return ids.isEmpty() ? 0
                : em.createNamedQuery(IdempotencyRecord.DELETE_BY_IDS).setParameter("ids", ids).executeUpdate();
    }
}
