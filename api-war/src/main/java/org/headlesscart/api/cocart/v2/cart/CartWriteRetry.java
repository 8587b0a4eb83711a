package org.headlesscart.api.cocart.v2.cart;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.headlesscart.cart.boundary.CartException;

/**
 * A bounded retry around one cart write (STYLE §3.4). Clients may invent cart keys, so two first writes to the same
 * new key can race to insert it; the loser's transaction fails on the unique key and rolls back, and its second
 * attempt finds and locks the winner's row. Lock timeouts get the same treatment. Only those causes are retried,
 * three attempts in all with a short jittered pause; what is still failing then maps to 409 {@code cocart_cart_busy}
 * ({@link #isConflict}). Each attempt is a whole new boundary call, so a doomed transaction is never reused.
 */
public final class CartWriteRetry {

    static final int ATTEMPTS = 3;

    // By name: the WAR does not compile against JPA or Hibernate (ArchitectureTest).
    private static final Set<String> CONFLICTS = Set.of("org.hibernate.exception.ConstraintViolationException",
            "jakarta.persistence.PessimisticLockException", "jakarta.persistence.LockTimeoutException");

    private CartWriteRetry() {
    }

    public static <T> T write(Supplier<T> write) {
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
            if (t instanceof SQLIntegrityConstraintViolationException) {
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
