package org.headlesscart.ratelimit.boundary;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
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

/**
 * Deletes the rows of ended windows every {@code headlesscart.ratelimit.purge-interval}, in batches of
 * {@code headlesscart.ratelimit.purge-batch-size}, at most 20 a run; each a short indexed {@code DELETE}. A row left
 * over is harmless (the next request in its group resets it), so every node runs its own timer: the deletes are
 * idempotent and need no lease.
 */
@Singleton
@Startup
public class RateLimitPurge {

    private static final Logger LOG = Logger.getLogger(RateLimitPurge.class.getName());
    private static final int MAX_BATCHES = 20;

    @Resource
    TimerService timers;

    @Inject
    RateLimitService limits;

    @Inject @ConfigProperty(name = "headlesscart.ratelimit.purge-interval") Duration interval;
    @Inject @ConfigProperty(name = "headlesscart.ratelimit.purge-batch-size") int batchSize;

    @PostConstruct
    void schedule() {
        long millis = interval.toMillis();
        if (millis > 0) {
            timers.createIntervalTimer(millis, millis, new TimerConfig("rate-limit-purge", false));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void purge() {
        BatchedPurge.run(LOG, Level.FINE, "ended rate-limit windows", limits::purgeEnded, batchSize, MAX_BATCHES);
    }
}
