package org.headlesscart.order.boundary;

import java.time.Duration;
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
import org.headlesscart.platform.cluster.ClusterLeases;

/**
 * Cancels unpaid orders whose stock hold ran out (WooCommerce's "cancel unpaid orders" job), giving their stock and
 * coupon uses back: every {@code headlesscart.order.hold-release-interval}, in batches of
 * {@code hold-release-batch-size} orders, each batch its own transaction, at most {@code hold-release-max-batches}
 * per run. The timer is not persistent: every server of a cluster schedules its own, a run goes ahead only on the
 * node that holds the {@value #LEASE} lease ({@link ClusterLeases}, twice the interval), and each batch claims its
 * orders with {@code FOR UPDATE SKIP LOCKED} besides, so no order is released twice even when runs overlap.
 */
@Singleton
@Startup
public class HoldRelease {

    private static final Logger LOG = Logger.getLogger(HoldRelease.class.getName());

    static final String LEASE = "order-hold-release";

    @Resource
    TimerService timers;

    @Inject
    OrderStatusService statuses;

    @Inject
    ClusterLeases leases;

    @Inject @ConfigProperty(name = "headlesscart.order.hold-release-interval") Duration interval;
    @Inject @ConfigProperty(name = "headlesscart.order.hold-release-batch-size") int batchSize;
    @Inject @ConfigProperty(name = "headlesscart.order.hold-release-max-batches") int maxBatches;

    @PostConstruct
    void schedule() {
        long millis = interval.toMillis();
        if (millis > 0) {
            timers.createIntervalTimer(millis, millis, new TimerConfig("order-hold-release", false));
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
            return;                                         // another node releases the holds, or the database is away
        }
        int total = 0;
        try {
            for (int batch = 0; batch < maxBatches; batch++) {
                int released = statuses.releaseExpiredHolds(batchSize);
                total += released;
                if (released < batchSize) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            // The batch rolled back; the next run tries again. A failing timeout would be retried at once.
            LOG.log(Level.WARNING, "Releasing expired stock holds failed", e);
        }
        if (total > 0) {
            LOG.info("Cancelled unpaid orders whose hold ran out: " + total);
        }
    }
}
