package org.headlesscart.api.cocart.v2.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.headlesscart.cart.model.WriteConditions;
import org.junit.jupiter.api.Test;

/** If-Match and If-None-Match as RFC 9110 §13.1.1–13.1.2 read them, and what identifies a keyed request. */
class EntityTagsTest {

    @Test
    void ifMatchIsStarOrTheStrongTagsListed() {
        assertNull(EntityTags.ifMatch(null), "absent: the write is unconditional");
        assertEquals(new WriteConditions.IfMatch(true, List.of()), EntityTags.ifMatch(" * "));
        assertEquals(new WriteConditions.IfMatch(false, List.of("a", "b,c", "d")),
                EntityTags.ifMatch("\"a\", W/\"weak\", \"b,c\",d"));
        assertEquals(new WriteConditions.IfMatch(false, List.of()), EntityTags.ifMatch("W/\"a\""),
                "only weak tags: nothing can match a strong comparison");
    }

    @Test
    void ifMatchHoldsForStarOnAStoredCartOrTheSameTag() {
        assertTrue(EntityTags.ifMatchHolds(null, null));
        assertTrue(EntityTags.ifMatchHolds(null, "a"));
        assertTrue(EntityTags.ifMatchHolds("*", "a"));
        assertFalse(EntityTags.ifMatchHolds("*", null), "no stored cart, no current representation");
        assertTrue(EntityTags.ifMatchHolds("\"x\", \"a\"", "a"));
        assertFalse(EntityTags.ifMatchHolds("W/\"a\"", "a"), "strong comparison");
        assertFalse(EntityTags.ifMatchHolds("\"b\"", "a"));
    }

    @Test
    void ifNoneMatchFailsForStarOrAnyTagEqualByWeakComparison() {
        assertFalse(EntityTags.noneMatchFails(null, "a"));
        assertFalse(EntityTags.noneMatchFails("\"a\"", null), "no tag, nothing to be unmodified");
        assertFalse(EntityTags.noneMatchFails("*", null));
        assertTrue(EntityTags.noneMatchFails("*", "a"));
        assertTrue(EntityTags.noneMatchFails("\"a\"", "a"));
        assertTrue(EntityTags.noneMatchFails("\"x\", W/\"a\"", "a"), "weak comparison");
        assertFalse(EntityTags.noneMatchFails("\"x\", \"y\"", "a"));
        assertEquals("\"a.1\"", EntityTags.quoted("a.1"));
    }

    @Test
    void aKeysRequestIsMethodTargetCartKeyAndBody() {
        String request = ConditionalCartWrites.fingerprint("POST", "cocart/v2/cart/add-item", "t_a", "{\"id\":\"12\"}");
        assertEquals(request, ConditionalCartWrites.fingerprint("POST", "cocart/v2/cart/add-item", "t_a", "{\"id\":\"12\"}"));
        assertNotEquals(request, ConditionalCartWrites.fingerprint("POST", "cocart/v2/cart/add-item", "t_a", "{\"id\":\"10\"}"));
        assertNotEquals(request, ConditionalCartWrites.fingerprint("DELETE", "cocart/v2/cart/add-item", "t_a",
                "{\"id\":\"12\"}"));
        assertNotEquals(request, ConditionalCartWrites.fingerprint("POST", "cocart/v2/cart/calculate", "t_a", "{\"id\":\"12\"}"));
        assertNotEquals(request, ConditionalCartWrites.fingerprint("POST", "cocart/v2/cart/add-item", "t_b", "{\"id\":\"12\"}"));
        assertNotEquals(ConditionalCartWrites.fingerprint("POST", "ab", null, "c"), ConditionalCartWrites.fingerprint("POST", "a", "bc",
                null), "parts cannot run into each other");
        assertNotEquals(ConditionalCartWrites.fingerprint("POST", "a", null, ""), ConditionalCartWrites.fingerprint("POST", "a", "", null));
    }
}
