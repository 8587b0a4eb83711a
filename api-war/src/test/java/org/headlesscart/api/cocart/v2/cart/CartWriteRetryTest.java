package org.headlesscart.api.cocart.v2.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLIntegrityConstraintViolationException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;

import org.junit.jupiter.api.Test;

/** R-CART-CONCURRENCY: a write that lost the race to create a cart key is tried again, a few times only. */
class CartWriteRetryTest {

    static RuntimeException duplicateKey() {
        var rollback = new EJBTransactionRolledbackException("rolled back");
        rollback.initCause(new RuntimeException("could not execute statement",
                new SQLIntegrityConstraintViolationException("Duplicate entry 't_x' for key 'cart_key'")));
        return rollback;
    }

    @Test
    void aDuplicateKeyIsRetriedUntilTheWriteGoesThrough() {
        AtomicInteger calls = new AtomicInteger();

        String result = CartWriteRetry.write(() -> {
            if (calls.incrementAndGet() < 3) {
                throw duplicateKey();
            }
            return "cart";
        });

        assertEquals("cart", result);
        assertEquals(3, calls.get());
    }

    @Test
    void afterThreeAttemptsTheConflictIsThrownForTheBusyMapping() {
        AtomicInteger calls = new AtomicInteger();
        RuntimeException conflict = duplicateKey();

        RuntimeException thrown = assertThrows(RuntimeException.class, () -> CartWriteRetry.write(() -> {
            calls.incrementAndGet();
            throw conflict;
        }));

        assertSame(conflict, thrown);
        assertEquals(CartWriteRetry.ATTEMPTS, calls.get());
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger calls = new AtomicInteger();

        assertThrows(EJBException.class, () -> CartWriteRetry.write(() -> {
            calls.incrementAndGet();
            throw new EJBException(new IllegalStateException("bug"));
        }));

        assertEquals(1, calls.get());
    }

    @Test
    void lockFailuresAreRecognisedByName() {
        assertTrue(CartWriteRetry.isConflict(new EJBException(new jakarta.persistence.LockTimeoutException())));
        assertTrue(CartWriteRetry.isConflict(new EJBException(new jakarta.persistence.PessimisticLockException())));
        assertFalse(CartWriteRetry.isConflict(new EJBException(new IllegalArgumentException())));
    }

}
