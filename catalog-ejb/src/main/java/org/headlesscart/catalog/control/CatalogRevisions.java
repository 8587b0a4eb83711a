package org.headlesscart.catalog.control;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The catalog revision as this instance last read it, trusted for a short while instead of read again by every
 * cart request: a cart write or a computed cart view would otherwise spend one of its few round trips on it.
 * A revision read less than {@code headlesscart.catalog.revision-freshness} ago (default {@code PT1S}) is
 * trusted, unless a catalog write through this instance has ended since: such a write makes the next request read
 * the revision again, so this instance sees its own changes at once. A change through another instance is seen
 * within the freshness, the same bound {@code headlesscart.api.rendered-cart-freshness} sets for kept cart
 * answers. {@code PT0S} reads the revision every time.
 */
@ApplicationScoped
public class CatalogRevisions {

    /** A revision read, the {@link System#nanoTime()} its read started, and the write epoch it started in. */
    private record Known(long revision, long readAt, long epoch) {
    }

    /** Marks, per transaction, that its end has been hooked already. */
    private static final Object BUMP_HOOKED = CatalogRevisions.class;

    @Inject
    @ConfigProperty(name = "headlesscart.catalog.revision-freshness", defaultValue = "PT1S")
    Duration freshness;

    @Resource
    TransactionSynchronizationRegistry transactions;

    LongSupplier nanos = System::nanoTime;

    private long freshnessNanos;

    // Counts the catalog writes through this instance that began or ended: a read that started in another epoch
    // may have read what such a write replaced, so it is not kept.
    private final AtomicLong epoch = new AtomicLong();
    private volatile Known known;

    @PostConstruct
    void init() {
        freshnessNanos = freshness.toNanos();
    }

    /** The revision: the one last read while it is trusted, else {@code read} now (and that one kept). */
    public long current(LongSupplier read) {
        long started = nanos.getAsLong();
        long epochAtStart = epoch.get();
        Known last = known;
        if (last != null && last.epoch() == epochAtStart && started - last.readAt() < freshnessNanos) {
            return last.revision();
        }
        return read(read, started, epochAtStart);
    }

    /**
     * The revision {@code read} now, which is then trusted as any other read: for the checks that must see the
     * database (a kept answer's), so that what they learn serves the next requests too.
     */
    public long fresh(LongSupplier read) {
        return read(read, nanos.getAsLong(), epoch.get());
    }

    private long read(LongSupplier read, long started, long epochAtStart) {
        long revision = read.getAsLong();
        if (epoch.get() == epochAtStart) {
            known = new Known(revision, started, epochAtStart);
        }
        return revision;
    }

    /**
     * A catalog write in the current transaction changes the revision: nothing read until now is trusted, and
     * when the transaction ends (committed or not) nothing read until then is either.
     */
    public void changing() {
        epoch.incrementAndGet();
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE
                && transactions.getResource(BUMP_HOOKED) == null) {
            transactions.putResource(BUMP_HOOKED, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // the revision row is written by then; it is seen by others only after the commit
                }

                @Override
                public void afterCompletion(int status) {
                    epoch.incrementAndGet();
                }
            });
        }
    }
}
