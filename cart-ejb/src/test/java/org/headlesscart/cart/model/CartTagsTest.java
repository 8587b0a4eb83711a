package org.headlesscart.cart.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The cart's strong entity tag (docs/conditional-writes.md). */
class CartTagsTest {

    static final CartStamp STAMP = new CartStamp(41, 7, 1003);
    static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    static final Instant SALE_ENDS = Instant.parse("2026-12-05T00:00:00Z");

    @Test
    void theTagChangesWithEveryPartOfTheStamp() {
        String tag = CartTags.of(STAMP, null);
        assertTrue(tag.matches("[0-9a-f]{32}"), tag);
        assertEquals(tag, CartTags.of(new CartStamp(41, 7, 1003), Instant.MAX), "no sale edge: the same tag");
        assertNotEquals(tag, CartTags.of(new CartStamp(41, 8, 1003), null), "a cart write");
        assertNotEquals(tag, CartTags.of(new CartStamp(41, 7, 1004), null), "a catalog write");
        assertNotEquals(tag, CartTags.of(new CartStamp(42, 7, 1003), null), "a cart deleted and made again");
        assertFalse(tag.contains("41"), "the row id is not shown");
    }

    @Test
    void aTagWithASaleEdgeNamesItAndIsCurrentOnlyBeforeIt() {
        String tag = CartTags.of(STAMP, SALE_ENDS);
        assertEquals(CartTags.of(STAMP, null) + "." + Long.toString(SALE_ENDS.toEpochMilli(), 36), tag);
        assertTrue(CartTags.isCurrent(tag, STAMP, NOW));
        assertTrue(CartTags.isCurrent(tag, STAMP, SALE_ENDS.minusMillis(1)));
        assertFalse(CartTags.isCurrent(tag, STAMP, SALE_ENDS), "prices change at the edge without a write");
    }

    @Test
    void aTagIsCurrentOnlyForItsOwnStamp() {
        String tag = CartTags.of(STAMP, null);
        assertTrue(CartTags.isCurrent(tag, STAMP, NOW));
        assertFalse(CartTags.isCurrent(tag, new CartStamp(41, 8, 1003), NOW));
        assertFalse(CartTags.isCurrent(tag, null, NOW), "no stored cart has no tag");
        assertFalse(CartTags.isCurrent(null, STAMP, NOW));
        assertFalse(CartTags.isCurrent(tag + ".zz!", STAMP, NOW), "a malformed edge never matches");
        assertFalse(CartTags.isCurrent("*", STAMP, NOW));
    }
}
