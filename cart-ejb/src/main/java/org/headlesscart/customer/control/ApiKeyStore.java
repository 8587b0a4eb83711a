package org.headlesscart.customer.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.headlesscart.customer.entity.ApiKey;

/** REST API keys through the cart unit's named queries. */
@ApplicationScoped
public class ApiKeyStore {

    /** WooCommerce writes the last access on every request; once a minute is as useful and far fewer writes. */
    static final Duration ACCESS_RESOLUTION = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "cart")
    EntityManager em;

    /** By the consumer key's lookup hash ({@link ApiKeyCodes#lookupHash}). */
    public Optional<ApiKey> findByConsumerKey(String consumerKey) {
        return em.createNamedQuery(ApiKey.BY_CONSUMER_KEY, ApiKey.class)
                .setParameter("hash", ApiKeyCodes.lookupHash(consumerKey)).getResultList().stream().findFirst();
    }

    public Optional<ApiKey> findById(long id) {
        return Optional.ofNullable(em.find(ApiKey.class, id));
    }

    /** Newest first, as WooCommerce lists its keys. */
    public List<ApiKey> page(int page, int perPage) {
        return em.createNamedQuery(ApiKey.NEWEST_FIRST, ApiKey.class).setFirstResult((page - 1) * perPage)
                .setMaxResults(perPage).getResultList();
    }

    public long count() {
        return em.createNamedQuery(ApiKey.COUNT, Long.class).getSingleResult();
    }

    public ApiKey add(ApiKey key) {
        em.persist(key);
        return key;
    }

    public void remove(ApiKey key) {
        em.remove(key);
    }

    /**
     * Records a use at {@code now} unless one was recorded within the last minute: one conditional update of one
     * row, which a burst of requests with one key mostly finds nothing to change in.
     */
    public void touch(long id, Instant now) {
        em.createNamedQuery(ApiKey.TOUCH).setParameter("id", id).setParameter("now", now)
                .setParameter("staleBefore", now.minus(ACCESS_RESOLUTION)).executeUpdate();
    }

    /** Whether a use at {@code now} would change the recorded last access; saves the update when it would not. */
    public static boolean isStale(Instant lastAccess, Instant now) {
        return lastAccess == null || lastAccess.isBefore(now.minus(ACCESS_RESOLUTION));
    }
}
