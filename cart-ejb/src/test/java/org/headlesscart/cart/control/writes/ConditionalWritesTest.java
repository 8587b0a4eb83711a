package org.headlesscart.cart.control.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.headlesscart.cart.model.CartRef;
import org.junit.jupiter.api.Test;

/** Whose an Idempotency-Key is (docs/conditional-writes.md). */
class ConditionalWritesTest {

    @Test
    void idempotencyKeysAreScopedToTheUserTheCartOrAGuestsFirstWrite() {
        assertEquals("user:2", ConditionalWrites.scope(new CartRef("t_abc", 2L, true)));
        assertEquals("cart:t_abc", ConditionalWrites.scope(CartRef.guest("t_abc")));
        assertEquals("guest", ConditionalWrites.scope(CartRef.guest(null)));
        assertEquals("guest", ConditionalWrites.scope(CartRef.guest("")));
        assertNotEquals(ConditionalWrites.hash("cart:t_a", "k"), ConditionalWrites.hash("cart:t_b", "k"));
        assertNotEquals(ConditionalWrites.hash("cart:t_a", "k"), ConditionalWrites.hash("cart:t_a", "k2"));
        assertTrue(ConditionalWrites.hash("guest", "k").matches("[0-9a-f]{64}"));
    }
}
