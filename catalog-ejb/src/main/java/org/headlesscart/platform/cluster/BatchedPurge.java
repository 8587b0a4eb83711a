package org.headlesscart.platform.cluster;

import java.util.function.IntUnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The bounded delete of a cleanup timer: batches of {@code size} rows, each its own short transaction (the operator
 * calls a boundary method that starts one), until a batch comes back short or {@code maxBatches} ran, so a run
 * never hogs the database. A batch that fails (a lock wait timeout behind a long write, the database gone) ends
 * this purge with a warning and nothing thrown: the container retries a timeout method that throws once and then
 * removes its timer for good (Payara: "Expunging timer ... after [2] failed deliveries"), which once stopped every
 * cart cleanup of a node that had waited 50 s for a lock.
 */
public final class BatchedPurge {

    private BatchedPurge() {
    }

    /**
     * Deletes {@code what} (for the log) with {@code batch}, which deletes at most its argument's rows and answers
     * how many it deleted; logs the total at {@code level} when there was one, and answers it.
     */
    public static int run(Logger log, Level level, String what, IntUnaryOperator batch, int size, int maxBatches) {
        int total = 0;
        try {
            for (int run = 0; run < maxBatches; run++) {
                int deleted = batch.applyAsInt(size);
                total += deleted;
                if (deleted < size) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            log.warning("Stopped deleting " + what + " until the next run: " + e);
        }
        if (total > 0) {
            log.log(level, "Deleted " + what + ": " + total);
        }
        return total;
    }
}
