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
        return duplicate("Duplicate entry 't_x' for key 'uk_cart_key'");
    }

    static RuntimeException duplicate(String message) {
        var rollback = new EJBTransactionRolledbackException("rolled back");
        rollback.initCause(new RuntimeException("could not execute statement",
                new SQLIntegrityConstraintViolationException(message)));
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
    void onlyTheKeysThatParallelRequestsInsertAreRacesOnMariaDbAndMySql() {
        assertTrue(CartWriteRetry.isConflict(duplicate("Duplicate entry 't_x' for key 'uk_cart_key'")));
        assertTrue(CartWriteRetry.isConflict(duplicate("Duplicate entry 't_x' for key 'cart.uk_cart_key'")));
        assertTrue(CartWriteRetry.isConflict(
                duplicate("Duplicate entry 'ab12' for key 'idempotency_key.uk_idempotency_key_hash'")));
        // A cart line's key is unique per cart: a duplicate is a fault of the write, retrying cannot help.
        assertFalse(CartWriteRetry.isConflict(duplicate("Duplicate entry '7-c20ad4d7' for key 'uk_cart_item_key'")));
        assertFalse(CartWriteRetry.isConflict(duplicate("Cannot add or update a child row: a foreign key fails")));
    }

    @Test
    void anyOtherConstraintViolationIsTriedOnce() {
        AtomicInteger calls = new AtomicInteger();

        assertThrows(RuntimeException.class, () -> CartWriteRetry.write(() -> {
            calls.incrementAndGet();
            throw duplicate("Duplicate entry '7-c20ad4d7' for key 'uk_cart_item_key'");
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
