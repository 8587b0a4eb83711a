package org.headlesscart.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;

import org.junit.jupiter.api.Test;

/** When the revision is read from the database, and when the last one read is trusted instead. */
class CatalogRevisionsTest {

    static final long MS = 1_000_000L;

    final AtomicLong clock = new AtomicLong(1_000 * MS);
    final PurchasableLookupTest.FakeTransaction transaction = new PurchasableLookupTest.FakeTransaction();
    final List<Synchronization> hooked = new ArrayList<>();
    final CatalogRevisions revisions = revisions(Duration.ofSeconds(1));
    long database = 7;
    int reads;

    CatalogRevisions revisions(Duration freshness) {
        CatalogRevisions made = new CatalogRevisions();
        made.freshness = freshness;
        made.nanos = clock::get;
        made.transactions = new PurchasableLookupTest.FakeTransaction() {
            @Override
            public void registerInterposedSynchronization(Synchronization sync) {
                hooked.add(sync);
            }

            @Override
            public int getTransactionStatus() {
                return transaction.status;
            }

            @Override
            public Object getResource(Object key) {
                return transaction.getResource(key);
            }

            @Override
            public void putResource(Object key, Object value) {
                transaction.putResource(key, value);
            }
        };
        made.init();
        return made;
    }

    long read() {
        reads++;
        return database;
    }

    @Test
    void aRevisionReadIsTrustedForTheFreshnessThenReadAgain() {
        assertEquals(7, revisions.current(this::read));
        database = 8;                                   // changed through another instance
        clock.addAndGet(999 * MS);
        assertEquals(7, revisions.current(this::read));
        assertEquals(1, reads);
        clock.addAndGet(MS);
        assertEquals(8, revisions.current(this::read));
        assertEquals(2, reads);
    }

    @Test
    void aCatalogWriteThroughThisInstanceIsSeenAsSoonAsItEnds() {
        assertEquals(7, revisions.current(this::read));
        transaction.status = Status.STATUS_ACTIVE;
        revisions.changing();
        revisions.changing();                           // a second bump in the same transaction hooks nothing more
        assertEquals(1, hooked.size());
        database = 8;                                   // the bump, committed
        transaction.status = Status.STATUS_NO_TRANSACTION;
        hooked.get(0).afterCompletion(Status.STATUS_COMMITTED);
        assertEquals(8, revisions.current(this::read));
        assertEquals(2, reads);
        assertEquals(8, revisions.current(this::read));
        assertEquals(2, reads);
    }

    @Test
    void aReadThatRacedACatalogWriteIsNotTrusted() {
        transaction.status = Status.STATUS_ACTIVE;
        // The read starts, a write bumps and commits while it runs; what it read may be the old revision.
        long seen = revisions.current(() -> {
            revisions.changing();
            hooked.get(0).afterCompletion(Status.STATUS_COMMITTED);
            database = 8;
            return 7;
        });
        assertEquals(7, seen);
        assertEquals(8, revisions.current(this::read));
        assertEquals(1, reads);
    }

    @Test
    void aRolledBackWriteEndsTheTrustToo() {
        assertEquals(7, revisions.current(this::read));
        transaction.status = Status.STATUS_ACTIVE;
        revisions.changing();
        hooked.get(0).afterCompletion(Status.STATUS_ROLLEDBACK);
        assertEquals(7, revisions.current(this::read));
        assertEquals(2, reads);
    }

    @Test
    void aFreshReadIsTrustedAfterwards() {
        assertEquals(7, revisions.current(this::read));
        database = 8;
        assertEquals(8, revisions.fresh(this::read));       // a kept answer's check, which always reads
        assertEquals(8, revisions.current(this::read));
        assertEquals(2, reads);
    }

    @Test
    void noFreshnessReadsEveryTime() {
        CatalogRevisions always = revisions(Duration.ZERO);
        always.current(this::read);
        always.current(this::read);
        assertEquals(2, reads);
    }
}
