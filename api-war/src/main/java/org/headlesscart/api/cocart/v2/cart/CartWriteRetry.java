package org.headlesscart.api.cocart.v2.cart;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ServiceConfigurationError;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.ConfigProvider;

import org.headlesscart.cart.boundary.CartException;

/**
 * A bounded retry around one cart write (STYLE §3.4). Clients may invent cart keys, so two first writes to the same
 * new key can race to insert it; the loser's transaction fails on the unique key and rolls back, and its second
 * attempt finds and locks the winner's row. Lock timeouts get the same treatment. Only those causes are retried,
 * three attempts in all with a short jittered pause; what is still failing then maps to 409 {@code cocart_cart_busy}
 * ({@link #isConflict}). Each attempt is a whole new boundary call, so a doomed transaction is never reused.
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
    private static final Set<String> CONFLICTS = Set.of("org.hibernate.exception.ConstraintViolationException",
            "jakarta.persistence.PessimisticLockException", "jakarta.persistence.LockTimeoutException",
            "org.hibernate.exception.LockAcquisitionException");

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

    /** No write slot came free in time: answered like a lock that could not be had (409 cocart_cart_busy). */
    public static final class CartBusyException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        CartBusyException() {
            super("no cart write slot came free in time", null, false, false);
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

    /** Whether a failure is a race on the cart row: a duplicate key or a lock that could not be had. */
    public static boolean isConflict(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof CartException) {
                return false;
            }
            if (t instanceof SQLIntegrityConstraintViolationException || t instanceof CartBusyException) {
                return true;
            }
            for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
                if (CONFLICTS.contains(type.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
