package org.headlesscart.cart.boundary;

import java.time.Duration;
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

/**
 * Deletes expired carts (contract §6.5), then Idempotency-Key records past their lifetime, on a configurable
 * interval, in batches of a configurable size, each batch its own short transaction; a run stops after a bounded
 * number of batches of each so it never hogs the database.
 * The timer is not persistent: every instance of a cluster runs its own, and the deletes are idempotent.
 */
@Singleton
@Startup
public class CartCleanup {

    private static final Logger LOG = Logger.getLogger(CartCleanup.class.getName());

    @Resource
    TimerService timers;

    @Inject
    CartService carts;

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

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        int total = 0;
        for (int batch = 0; batch < maxBatches; batch++) {
            int deleted = carts.purgeExpired(batchSize);
            total += deleted;
            if (deleted < batchSize) {
                break;
            }
        }
        if (total > 0) {
            LOG.info("Deleted expired carts: " + total);
        }
        int keys = 0;
        for (int batch = 0; batch < maxBatches; batch++) {
            int deleted = carts.purgeExpiredIdempotencyKeys(batchSize);
            keys += deleted;
            if (deleted < batchSize) {
                break;
            }
        }
        if (keys > 0) {
            LOG.info("Deleted expired Idempotency-Keys: " + keys);
        }
    }
}
