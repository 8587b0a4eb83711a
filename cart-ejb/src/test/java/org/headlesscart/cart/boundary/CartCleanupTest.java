package org.headlesscart.cart.boundary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.PessimisticLockException;

import org.headlesscart.customer.boundary.LoginEventLog;
import org.headlesscart.platform.cluster.ClusterLeases;
import org.junit.jupiter.api.Test;

/**
 * The cleanup's timeout never throws: the container retries a failed timeout once and then removes the timer for
 * good, which on the growth benchmark ended every cleanup of the node after two lock wait timeouts.
 */
class CartCleanupTest {

    final List<String> calls = new ArrayList<>();
    final CartCleanup cleanup = new CartCleanup();

    {
        cleanup.interval = Duration.ofMinutes(1);
        cleanup.batchSize = 10;
        cleanup.maxBatches = 3;
        cleanup.leases = new ClusterLeases() {
            @Override
            public boolean acquire(String job, Duration duration) {
                return true;
            }
        };
        cleanup.loginEvents = new LoginEventLog() {
            @Override
            public int purgeExpired(int limit) {
                calls.add("login events");
                return 0;
            }
        };
    }

    @Test
    void aPurgeThatFailsEndsItselfNotTheRunAndNothingLeavesTheTimeout() {
        cleanup.carts = new CartService() {
            @Override
            public int purgeExpired(int limit) {
                calls.add("carts");
                throw new PessimisticLockException("Lock wait timeout exceeded; try restarting transaction");
            }

            @Override
            public int purgeExpiredIdempotencyKeys(int limit) {
                calls.add("keys");
                return 0;
            }
        };

        assertDoesNotThrow(cleanup::sweep);
        assertEquals(List.of("carts", "keys", "login events"), calls, "the failed batch is not retried in this run");
    }

    @Test
    void fullBatchesGoOnUpToTheCap() {
        cleanup.carts = new CartService() {
            @Override
            public int purgeExpired(int limit) {
                calls.add("carts");
                return limit;
            }

            @Override
            public int purgeExpiredIdempotencyKeys(int limit) {
                calls.add("keys");
                return limit - 1;
            }
        };

        cleanup.sweep();

        assertEquals(List.of("carts", "carts", "carts", "keys", "login events"), calls);
    }
}
