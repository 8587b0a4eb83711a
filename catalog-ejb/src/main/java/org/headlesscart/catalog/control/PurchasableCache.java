package org.headlesscart.catalog.control;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headlesscart.catalog.model.Purchasable;

/**
 * {@link Purchasable} snapshots by id, valid while the catalog revision they were built at is current: every
 * catalog write bumps the revision in its own transaction, so a hit costs one primary-key read and a change is
 * seen on the next read on every instance. A snapshot also ends at its next sale-window edge, which no write
 * marks. At most {@code headlesscart.catalog.purchasable-cache-size} snapshots are kept (the cache is cleared
 * when full: a cart reads few products, and a rebuild is cheap); 0 switches the cache off.
 */
@ApplicationScoped
public class PurchasableCache {

    @Inject
    @ConfigProperty(name = "headlesscart.catalog.purchasable-cache-size")
    int maxEntries;

    /**
     * A snapshot and the instant it stops being right without a write.
     *
     * @param purchasable {@code null} for an id that is no product, or a trashed one: a cart keeps asking for a
     *                    line until it drops it, and creating or untrashing a product bumps the revision
     */
    public record Snapshot(Purchasable purchasable, Instant expires) {

        static Snapshot absent() {
            return new Snapshot(null, Instant.MAX);
        }
    }

    // Replaced, never emptied, when the revision changes: a reader that built snapshots at an older revision puts
    // them into the generation it read, which nobody looks at any more.
    private final AtomicReference<Generation> current = new AtomicReference<>(new Generation(Long.MIN_VALUE, 0));

    /**
     * The snapshots of the current revision; reads the revision only when the cache is on, so that a cache that
     * is off costs nothing.
     */
    public Generation current(LongSupplier revision) {
        if (maxEntries <= 0) {
            return new Generation(Long.MIN_VALUE, 0);
        }
        long now = revision.getAsLong();
        return current.updateAndGet(g -> g.revision == now ? g : new Generation(now, maxEntries));
    }

    /** The snapshots built at one revision. */
    public static final class Generation {

        private final long revision;
        private final int maxEntries;
        private final ConcurrentMap<Long, Snapshot> entries = new ConcurrentHashMap<>();

        Generation(long revision, int maxEntries) {
            this.revision = revision;
            this.maxEntries = maxEntries;
        }

        /** The catalog revision these snapshots were built at; not read when the cache is off. */
        public long revision() {
            return revision;
        }

        /** Whether this is the generation of a cache that is off: it keeps nothing and read no revision. */
        public boolean isOff() {
            return maxEntries <= 0;
        }

        /** The snapshot of an id while it is right, else {@code null}. */
        public Snapshot get(long id, Instant now) {
            Snapshot snapshot = entries.get(id);
            return snapshot != null && now.isBefore(snapshot.expires()) ? snapshot : null;
        }

        public void put(long id, Snapshot snapshot) {
            if (maxEntries <= 0) {
                return;
            }
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entries.put(id, snapshot);
        }
    }
}
