package org.headlesscart.cart.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Lines come out in the order they were first added, whatever order the database returned them in. */
class CartTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void linesAreInTheOrderTheyWereFirstAddedWhateverOrderTheyWereLoadedIn() throws Exception {
        Cart cart = new Cart("t_order", NOW, NOW.plusSeconds(60), NOW.plusSeconds(120));
        CartItem first = line(cart, "b1", 10);
        CartItem second = line(cart, "a2", 11);
        CartItem third = line(cart, "c3", 12);
        second.markRemoved(true);
        // The fetch join has no ORDER BY: MariaDB returns lines in the order of the index it used (item keys).
        Collections.reverse(loaded(cart));

        assertEquals(List.of(first, second, third), cart.getItems());
        assertEquals(List.of(first, third), cart.lines());
        assertEquals(List.of(second), cart.removedLines());
    }

    @Test
    void addingARemovedItemAgainBringsItsRowBackAsANewLineAtTheEnd() {
        Cart cart = new Cart("t_again", NOW, NOW.plusSeconds(60), NOW.plusSeconds(120));
        CartItem removed = line(cart, "k1", 12);
        CartItem other = line(cart, "k2", 10);
        removed.markRemoved(true);

        CartItem again = cart.addLine(new CartItem.Identity("k1", 12, 0, "[]", "[]"), new BigDecimal("3"), 500L);

        assertSame(removed, again, "one row per item key: the removed line's row is used, not a second insert");
        assertEquals(List.of(other, again), cart.lines());
        assertEquals(List.of(), cart.removedLines());
        assertEquals(new BigDecimal("3"), again.getQuantity());
        assertEquals(500L, again.getCustomPriceMinor());
    }

    @Test
    void aLineDroppedInThisTransactionIsTakenBackWhenTheSameItemIsAdded() {
        Cart cart = new Cart("t_clear", NOW, NOW.plusSeconds(60), NOW.plusSeconds(120));
        CartItem first = line(cart, "k1", 12);
        line(cart, "k2", 10);
        cart.empty(false);

        CartItem again = cart.addLine(new CartItem.Identity("k1", 12, 0, "[]", "[]"), BigDecimal.TEN, null);

        assertSame(first, again);
        assertEquals(List.of(again), cart.getItems());
        assertEquals(BigDecimal.TEN, again.getQuantity());
    }

    private static CartItem line(Cart cart, String key, long productId) {
        return cart.addLine(new CartItem.Identity(key, productId, 0, "[]", "[]"), BigDecimal.ONE, null);
    }

    @SuppressWarnings("unchecked")
    private static List<CartItem> loaded(Cart cart) throws ReflectiveOperationException {
        Field items = Cart.class.getDeclaredField("items");
        items.setAccessible(true);
        return (List<CartItem>) items.get(cart);
    }
}
