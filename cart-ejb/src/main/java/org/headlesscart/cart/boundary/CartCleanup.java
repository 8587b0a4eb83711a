package org.headlesscart.cart.boundary;

import java.time.Duration;
import java.util.function.IntUnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headlesscart.customer.boundary.LoginEventLog;
import org.headlesscart.platform.cluster.BatchedPurge;
import org.headlesscart.platform.cluster.ClusterLeases;

/**
 * Deletes expired carts (contract §6.5), then Idempotency-Key records past their lifetime and login-throttle events
 * past {@code headlesscart.auth.failure-window}, on a configurable
 * interval, in batches of a configurable size, each batch its own short transaction; a run stops after a bounded
 * number of batches of each so it never hogs the database.
 * The timer is not persistent: every node of a cluster schedules its own, and a run goes ahead only on the node that
 * holds the {@value #LEASE} lease ({@link ClusterLeases}, twice the interval), so one node sweeps at a time; the
 * deletes are idempotent besides, so a run that outlasts its lease does no harm.
 */
@Singleton
@Startup
public class CartCleanup {

    private static final Logger LOG = Logger.getLogger(CartCleanup.class.getName());

    static final String LEASE = "cart-cleanup";

    @Resource
    TimerService timers;

    @Inject
    CartService carts;

    @Inject
    LoginEventLog loginEvents;

    @Inject
    ClusterLeases leases;

    @Inject @ConfigProperty(name = "headlesscart.cart.cleanup-interval") Duration interval;
    @Inject @ConfigProperty(name = "headlesscart.cart.cleanup-batch-size") int batchSize;
    @Inject @ConfigProperty(name = "headlesscart.cart.cleanup-max-batches") int maxBatches;

    @PostConstruct
    void schedule() {
        long millis = interval.toMillis();
        if (millis > 0) {
            timers.createIntervalTimer(millis, millis, new TimerConfig("cart-cleanup", false));
        }
    }

    @PreDestroy
    void handOver() {
        leases.handOver(LEASE);
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        if (!leases.acquireForRun(LEASE, interval.multipliedBy(2))) {
            return;                                         // another node sweeps, or the database is away
        }
        purge("expired carts", carts::purgeExpired);
        purge("expired Idempotency-Keys", carts::purgeExpiredIdempotencyKeys);
        purge("expired login-throttle events", loginEvents::purgeExpired);
    }

    private void purge(String what, IntUnaryOperator batch) {
        BatchedPurge.run(LOG, Level.INFO, what, batch, batchSize, maxBatches);
    }
}
