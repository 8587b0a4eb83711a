package org.headlesscart.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

/** A cleanup timer's batches: until one comes back short, at most the cap, and a failing one ends only the purge. */
class BatchedPurgeTest {

    static final Logger LOG = Logger.getLogger(BatchedPurgeTest.class.getName());

    final List<Integer> asked = new ArrayList<>();

    @Test
    void batchesGoOnWhileFullAndStopAtTheFirstShortOne() {
        List<Integer> answers = new ArrayList<>(List.of(10, 10, 4, 10));
        int total = BatchedPurge.run(LOG, Level.FINE, "rows", limit -> {
            asked.add(limit);
            return answers.remove(0);
        }, 10, 50);
        assertEquals(24, total);
        assertEquals(List.of(10, 10, 10), asked);
    }

    @Test
    void aRunStopsAtItsCapEvenWhileBatchesAreFull() {
        int total = BatchedPurge.run(LOG, Level.FINE, "rows", limit -> {
            asked.add(limit);
            return limit;
        }, 7, 3);
        assertEquals(21, total);
        assertEquals(3, asked.size());
    }

    @Test
    void aFailingBatchEndsThePurgeWithWhatWasDeletedAndThrowsNothing() {
        int total = BatchedPurge.run(LOG, Level.FINE, "rows", limit -> {
            asked.add(limit);
            if (asked.size() == 2) {
                throw new IllegalStateException("Lock wait timeout exceeded; try restarting transaction");
            }
            return limit;
        }, 5, 10);
        assertEquals(5, total);
        assertEquals(2, asked.size());
    }
}
