package org.headlesscart.webhook.boundary;

import java.time.Duration;
import java.time.Instant;
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
import org.headlesscart.platform.cluster.BatchedPurge;
import org.headlesscart.platform.cluster.ClusterLeases;

/**
 * Keeps the delivery log ({@code webhook_delivery}) to {@code headlesscart.webhooks.log-retention} (WooCommerce keeps
 * its webhook delivery logs 30 days too): every {@code log-purge-interval}, deliveries that ended longer ago than
 * that are deleted in batches, each its own transaction. Every delivery keeps its request and answer, so without
 * this the table grows with every change of the store for as long as a webhook listens. Pending deliveries are
 * never deleted. Not persistent: every node schedules its own timer, and a run goes ahead only on the node that
 * holds the {@value #LEASE} lease ({@link ClusterLeases}, twice the interval); the deletes are idempotent besides.
 */
@Singleton
@Startup
public class WebhookLogPurge {

    private static final Logger LOG = Logger.getLogger(WebhookLogPurge.class.getName());

    static final String LEASE = "webhook-log-purge";
    static final int BATCH_SIZE = 1_000;
    /** 100,000 rows a run at most; a store that makes more deliveries an interval catches up over the next runs. */
    static final int MAX_BATCHES = 100;

    @Resource
    TimerService timers;

    @Inject
    RelaySteps steps;

    @Inject
    ClusterLeases leases;

    @Inject @ConfigProperty(name = "headlesscart.webhooks.log-retention") Duration retention;
    @Inject @ConfigProperty(name = "headlesscart.webhooks.log-purge-interval") Duration interval;

    @PostConstruct
    void schedule() {
        long millis = interval.toMillis();
        if (millis > 0 && !retention.isZero() && !retention.isNegative()) {
            timers.createIntervalTimer(millis, millis, new TimerConfig(LEASE, false));
        }
    }

    @PreDestroy
    void handOver() {
        leases.handOver(LEASE);
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void purge() {
        if (!leases.acquireForRun(LEASE, interval.multipliedBy(2))) {
            return;                                         // another node purges, or the database is away
        }
        Instant before = Instant.now().minus(retention);
        BatchedPurge.run(LOG, Level.INFO, "webhook deliveries that ended before " + before,
                limit -> steps.purgeLog(before, limit), BATCH_SIZE, MAX_BATCHES);
    }
}
