package org.headlesscart.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.headlesscart.catalog.model.Purchasable;
import org.headlesscart.catalog.model.PurchasableRead;
import org.headlesscart.catalog.entity.Pricing;
import org.headlesscart.catalog.entity.Product;

import org.junit.jupiter.api.Test;

/** What a lookup reads from the store: everything on a miss, only the revision on a hit. */
class PurchasableLookupTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    final DemoCatalog demo = new DemoCatalog();
    final FakeStore store = new FakeStore();
    final PurchasableLookup lookup = new PurchasableLookup();

    PurchasableLookupTest() {
        PurchasableCache cache = new PurchasableCache();
        cache.maxEntries = 100;
        lookup.cache = cache;
        lookup.products = store;
        lookup.loader = new PurchasableLoader();
        lookup.loader.products = store;
        lookup.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        lookup.transactions = transaction;
        CatalogRevisions revisions = new CatalogRevisions();      // PT0S: every lookup reads the revision
        revisions.freshness = Duration.ZERO;
        revisions.transactions = transaction;
        revisions.init();
        lookup.revisions = revisions;
    }

    final FakeTransaction transaction = new FakeTransaction();

    /** A JTA transaction's resources, and whether one is active. */
    static class FakeTransaction implements TransactionSynchronizationRegistry {

        int status = Status.STATUS_NO_TRANSACTION;
        final Map<Object, Object> resources = new HashMap<>();

        @Override public Object getTransactionKey() { return status == Status.STATUS_ACTIVE ? this : null; }
        @Override public void putResource(Object key, Object value) { resources.put(key, value); }
        @Override public Object getResource(Object key) { return resources.get(key); }
        @Override public void registerInterposedSynchronization(Synchronization sync) { }
        @Override public int getTransactionStatus() { return status; }
        @Override public void setRollbackOnly() { }
        @Override public boolean getRollbackOnly() { return false; }
    }

    /** The demo products by id; trashed ones are what the named query leaves out, so they are simply absent. */
    class FakeStore extends ProductStore {

        long revision = 7;
        final List<String> calls = new ArrayList<>();

        @Override
        public long revision() {
            calls.add("revision");
            return revision;
        }

        @Override
        public List<Product> purchasables(Collection<Long> ids) {
            calls.add("purchasables " + ids);
            List<Product> all = new ArrayList<>(List.of(demo.tshirt, demo.cap, demo.hoodie, demo.bundle));
            all.addAll(demo.hoodieVariations());
            return all.stream().filter(p -> ids.contains(p.getId())).toList();
        }

        @Override
        public List<Product> variationsOf(Collection<Long> parentIds) {
            calls.add("variations " + parentIds);
            return parentIds.contains(14L) ? demo.hoodieVariations() : List.of();
        }

        @Override
        public Map<Long, Object[]> reviewStats(Collection<Long> productIds) {
            calls.add("reviews " + productIds);
            return Map.of();
        }

        @Override
        public Optional<Long> idBySku(String sku) {
            calls.add("sku " + sku);
            return "HOODIE-RED-S".equals(sku) ? Optional.of(15L) : Optional.empty();
        }
    }

    @Test
    void aMissLoadsAllIdsAtOnceAndAnswersInTheOrderAsked() {
        Map<Long, Purchasable> found = lookup.findAll(List.of(19L, 15L, 99L, 10L, 14L, 15L));

        assertEquals(List.of(19L, 15L, 10L, 14L), List.copyOf(found.keySet()), "unknown ids are left out");
        assertEquals(List.of("revision", "purchasables [19, 15, 99, 10, 14]", "variations [14]",
                "reviews [10, 14, 19]"), store.calls);
    }

    @Test
    void aHitReadsOnlyTheRevision() {
        Map<Long, Purchasable> first = lookup.findAll(List.of(10L, 15L));
        store.calls.clear();

        Map<Long, Purchasable> again = lookup.findAll(List.of(15L, 10L));

        assertEquals(List.of("revision"), store.calls);
        assertEquals(first.get(15L), again.get(15L));
    }

    @Test
    void aNewRevisionLoadsAgain() {
        lookup.findAll(List.of(10L));
        demo.tshirt.reprice(new Pricing(2500L, null, null, null));
        store.revision++;
        store.calls.clear();

        Purchasable tee = lookup.findAll(List.of(10L)).get(10L);

        assertEquals(2500L, tee.priceMinor());
        assertEquals(List.of("revision", "purchasables [10]", "variations []", "reviews [10]"), store.calls);
    }

    @Test
    void onlyTheIdsNotCachedAreLoaded() {
        lookup.findAll(List.of(10L));
        store.calls.clear();

        lookup.findAll(List.of(10L, 11L));

        assertTrue(store.calls.contains("purchasables [11]"), store.calls.toString());
    }

    @Test
    void aSnapshotIsNotUsedAfterItsSaleStarts() {
        demo.tshirt.reprice(new Pricing(2000L, 1500L, NOW.plus(Duration.ofHours(1)), null));
        assertEquals(2000L, lookup.findAll(List.of(10L)).get(10L).priceMinor());

        lookup.clock = Clock.fixed(NOW.plus(Duration.ofHours(2)), ZoneOffset.UTC);

        assertEquals(1500L, lookup.findAll(List.of(10L)).get(10L).priceMinor());
    }

    @Test
    void aCacheThatIsOffReadsNoRevision() {
        lookup.cache.maxEntries = 0;

        lookup.findAll(List.of(10L));
        lookup.findAll(List.of(10L));

        assertEquals(2, store.calls.stream().filter(c -> c.startsWith("purchasables")).count());
        assertTrue(store.calls.stream().noneMatch("revision"::equals));
    }

    @Test
    void aFullCacheIsClearedAndFilledAgain() {
        lookup.cache.maxEntries = 2;
        lookup.findAll(List.of(10L, 11L));
        lookup.findAll(List.of(14L));
        store.calls.clear();

        lookup.findAll(List.of(14L));
        lookup.findAll(List.of(10L));

        assertEquals(List.of("revision", "revision", "purchasables [10]", "variations []", "reviews [10]"),
                store.calls);
    }

    @Test
    void anIdThatIsNoProductIsRememberedUntilTheRevisionChanges() {
        lookup.findAll(List.of(10L, 99L));
        store.calls.clear();

        lookup.findAll(List.of(10L, 99L));
        store.revision++;
        lookup.findAll(List.of(99L));

        assertEquals(List.of("revision", "revision", "purchasables [99]", "variations []", "reviews []"), store.calls);
    }

    @Test
    void aTransactionReadsTheRevisionOnce() {
        transaction.status = Status.STATUS_ACTIVE;

        lookup.findAll(List.of(10L));
        lookup.findAll(List.of(10L, 14L));
        lookup.read(List.of(14L));

        assertEquals(1, store.calls.stream().filter("revision"::equals).count(), store.calls.toString());
    }

    @Test
    void outsideATransactionEveryLookupReadsTheRevision() {
        lookup.findAll(List.of(10L));
        lookup.findAll(List.of(10L));

        assertEquals(2, store.calls.stream().filter("revision"::equals).count(), store.calls.toString());
    }

    @Test
    void aReadTellsItsRevisionAndTheNextSaleEdgeOfItsProducts() {
        Instant saleStarts = NOW.plus(Duration.ofHours(3));
        demo.cap.reprice(new Pricing(1800L, 1500L, saleStarts, null));

        PurchasableRead read = lookup.read(List.of(10L, 11L));
        PurchasableRead cached = lookup.read(List.of(11L, 10L));

        assertEquals(7L, read.revision());
        assertEquals(saleStarts, read.validUntil(), "the cap's sale starts then");
        assertEquals(saleStarts, cached.validUntil(), "cached snapshots keep their edge");
        assertEquals(Instant.MAX, lookup.read(List.of(10L)).validUntil(), "no sale, no edge");
    }

    @Test
    void aReadOfNoIdsStillReadsTheRevision() {
        store.revision = 12;

        PurchasableRead read = lookup.read(List.of());

        assertEquals(12L, read.revision());
        assertEquals(Map.of(), read.products());
    }

    @Test
    void aCacheThatIsOffStillTellsAReadItsRevision() {
        lookup.cache.maxEntries = 0;
        store.revision = 9;

        assertEquals(9L, lookup.read(List.of(10L)).revision());
    }

    @Test
    void aNumberIsAnIdAndAnythingElseASku() {
        assertEquals(15L, lookup.find("HOODIE-RED-S").orElseThrow().id());
        assertEquals(10L, lookup.find("10").orElseThrow().id());
        assertTrue(lookup.find("NO-SUCH-SKU").isEmpty());
        assertTrue(lookup.find("98").isEmpty());
    }

    @Test
    void noIdsReadNothing() {
        assertEquals(Map.of(), lookup.findAll(List.of()));
        assertEquals(List.of(), store.calls);
    }
}
