package org.headlesscart.api.cocart.v2.cart;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;

import org.headlesscart.api.error.CartBusyException;
import org.headlesscart.cart.boundary.CartException;

/**
 * A bounded retry around one cart write (STYLE §3.4), for contention only: lock timeouts and deadlocks, and the two
 * unique keys whose violation means a parallel request inserted the same row first. Clients may invent cart keys,
 * so two first writes to one new key race to insert it ({@code uk_cart_key}); two requests with one Idempotency-Key
 * race to claim it ({@code uk_idempotency_key_hash}). The loser's transaction rolls back and its next attempt finds
 * the winner's row. Any other constraint violation is a fault, never contention, and is not retried: retrying it
 * would only answer 409 for ever. Three attempts in all with a short jittered pause; what is still failing then
 * maps to 409 {@code cocart_cart_busy} ({@link #isConflict}). Each attempt is a whole new boundary call, so a doomed
 * transaction is never reused.
 *
 * <p>Writes are also admitted a bounded number at a time ({@code headlesscart.cart.max-concurrent-writes}), below half
 * the pool. Both persistence units use one datasource, and within a transaction Payara hands them the same
 * connection (on Payara Micro the database's general log shows one session per write); the bound holds even if a
 * server handed each unit its own, and it keeps writes queued on one busy cart row from taking every connection
 * from the readers. Waiting here costs nothing: those writes would queue on the cart row anyway.
 */
public final class CartWriteRetry {

    static final int ATTEMPTS = 3;

    // By name: the WAR does not compile against JPA or Hibernate (ArchitectureTest).
    // A deadlock too: racers with one Idempotency-Key that all waited on the first's insert can deadlock each
    // other when it rolls back (each holds a shared lock on the key and wants an exclusive one).
    private static final Set<String> LOCK_FAILURES = Set.of("jakarta.persistence.PessimisticLockException",
            "jakarta.persistence.LockTimeoutException", "org.hibernate.exception.LockAcquisitionException");

    /** Unique keys that parallel requests may both try to insert; see the class comment. */
    private static final Set<String> RACE_KEYS = Set.of("uk_cart_key", "uk_idempotency_key_hash");

    /** The key a duplicate-entry error names: MariaDB writes {@code 'uk_x'}, MySQL 8 {@code 'table.uk_x'}. */
    private static final Pattern DUPLICATE_KEY = Pattern.compile("for key '(?:[^'.]+\\.)?([^'.]+)'");

    private static final Semaphore ADMISSION = new Semaphore(maxConcurrentWrites(), true);
    private static final long ADMISSION_WAIT_SECONDS = 30;

    private CartWriteRetry() {
    }

    private static int maxConcurrentWrites() {
        try {
            return ConfigProvider.getConfig().getOptionalValue("headlesscart.cart.max-concurrent-writes", Integer.class)
                    .orElse(12);
        } catch (IllegalStateException | ServiceConfigurationError e) {
            return 12;   // no MicroProfile Config outside a server (unit tests)
        }
    }

    private static void acquire() {
        try {
            if (!ADMISSION.tryAcquire(ADMISSION_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new CartBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CartBusyException();
        }
    }

    public static <T> T write(Supplier<T> write) {
        acquire();
        try {
            return attempts(write);
        } finally {
            ADMISSION.release();
        }
    }

    private static <T> T attempts(Supplier<T> write) {
        for (int attempt = 1;; attempt++) {
            try {
                return write.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /**
     * Whether a failure is contention on a cart: a lock that could not be had, a deadlock, or a parallel insert of
     * the same cart key or Idempotency-Key.
     */
    public static boolean isConflict(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof CartException) {
                return false;
            }
            if (t instanceof CartBusyException) {
                return true;
            }
            if (t instanceof SQLIntegrityConstraintViolationException duplicate) {
                return isRaceKey(duplicate.getMessage());
            }
            for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
                if (LOCK_FAILURES.contains(type.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isRaceKey(String message) {
        Matcher key = DUPLICATE_KEY.matcher(message == null ? "" : message);
        return key.find() && RACE_KEYS.contains(key.group(1));
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
