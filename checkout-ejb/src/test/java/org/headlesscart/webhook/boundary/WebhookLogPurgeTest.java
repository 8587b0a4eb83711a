package org.headlesscart.webhook.boundary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.headlesscart.platform.cluster.ClusterLeases;
import org.junit.jupiter.api.Test;

/**
 * The delivery log's purge: on the lease holder only, everything that ended before now minus the retention, in
 * batches, and never an exception out of the timeout (the container would drop the timer). The DELETE itself runs
 * against the real database in WebhooksContract.
 */
class WebhookLogPurgeTest {

    final List<Instant> cutoffs = new ArrayList<>();
    final WebhookLogPurge purge = new WebhookLogPurge();
    boolean leaseHeld = true;

    {
        purge.retention = Duration.ofDays(30);
        purge.interval = Duration.ofHours(1);
        purge.leases = new ClusterLeases() {
            @Override
            public boolean acquire(String job, Duration duration) {
                assertEquals(WebhookLogPurge.LEASE, job);
                assertEquals(Duration.ofHours(2), duration, "twice the interval");
                return leaseHeld;
            }
        };
        purge.steps = new RelaySteps() {
            @Override
            public int purgeLog(Instant before, int limit) {
                cutoffs.add(before);
                return cutoffs.size() < 3 ? limit : 12;
            }
        };
    }

    @Test
    void theLeaseHolderDeletesWhatEndedBeforeTheRetentionInBatches() {
        Instant from = Instant.now().minus(Duration.ofDays(30));
        purge.purge();
        Instant to = Instant.now().minus(Duration.ofDays(30));
        assertEquals(3, cutoffs.size(), "two full batches, then a short one");
        assertTrue(!cutoffs.get(0).isBefore(from) && !cutoffs.get(0).isAfter(to), cutoffs.toString());
        assertEquals(1, cutoffs.stream().distinct().count(), "one cutoff for the whole run");
    }

    @Test
    void anotherNodesLeaseMeansNoDelete() {
        leaseHeld = false;
        purge.purge();
        assertEquals(List.of(), cutoffs);
    }

    @Test
    void aDatabaseOutOfReachSkipsTheRunWithoutThrowing() {
        purge.leases = new ClusterLeases() {
            @Override
            public boolean acquire(String job, Duration duration) {
                throw new IllegalStateException("Could not take the cluster lease " + job);
            }
        };
        assertDoesNotThrow(purge::purge);
        purge.steps = new RelaySteps() {
            @Override
            public int purgeLog(Instant before, int limit) {
                throw new IllegalStateException("Communications link failure");
            }
        };
        purge.leases = new ClusterLeases() {
            @Override
            public boolean acquire(String job, Duration duration) {
                return true;
            }
        };
        assertDoesNotThrow(purge::purge);
    }
}
