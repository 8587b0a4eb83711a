package org.headlesscart.cart.control;

import static org.headlesscart.cart.control.LockedCartTest.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.headlesscart.catalog.model.Purchasable;
import org.headlesscart.cart.entity.CartItem;
import org.junit.jupiter.api.Test;

/** Contract §13.7: what a cart drops and warns about before it is shown. */
class RevalidationTest {

    private final Notices notices = new Notices();

    @Test
    void aLineWhoseProductIsGoneIsDroppedWithANotice() {
        LockedCart locked = CartLinesTest.locked();
        CartItem gone = line(locked, 10, "1");
        assertEquals(List.of(gone), Revalidation.check(locked.cart(), Map.of(), notices));
        assertEquals(Map.of("error", List.of("An item which is no longer available was removed from your cart.")),
                notices.asMap());
    }

    @Test
    void anUnpurchasableLineIsDroppedWithItsName() {
        Purchasable beanie = Products.simple(10, "Beanie").purchasable(false).build();
        LockedCart locked = CartLinesTest.locked(beanie);
        CartItem line = line(locked, 10, "1");
        assertEquals(List.of(line), Revalidation.check(locked.cart(), locked.products(), notices));
        assertEquals(List.of("Beanie has been removed from your cart because it can no longer be purchased."),
                notices.asMap().get("error"));
    }

    @Test
    void removedLinesAreDroppedSilently() {
        Purchasable unpurchasable = Products.simple(11, "Poster").purchasable(false).build();
        LockedCart locked = CartLinesTest.locked(unpurchasable);
        CartItem gone = line(locked, 10, "1");
        CartItem poster = line(locked, 11, "1");
        gone.markRemoved(true);
        poster.markRemoved(true);
        assertEquals(List.of(gone, poster), Revalidation.check(locked.cart(), locked.products(), notices));
        assertTrue(notices.asMap().isEmpty());
    }

    @Test
    void aStockShortfallKeepsTheLineWithAnErrorNotice() {
        Purchasable scarf = Products.simple(12, "Scarf").managedStock(2).build();
        LockedCart locked = CartLinesTest.locked(scarf);
        line(locked, 12, "3");
        assertTrue(Revalidation.check(locked.cart(), locked.products(), notices).isEmpty());
        assertEquals(List.of("Sorry, we do not have enough \"Scarf\" in stock to fulfill your order (2 available). "
                + "We apologize for any inconvenience caused."), notices.asMap().get("error"));
    }

    @Test
    void anOutOfStockLineIsKeptWithAnErrorNotice() {
        Purchasable scarf = Products.simple(12, "Scarf").stock(Products.OUT_OF_STOCK).build();
        LockedCart locked = CartLinesTest.locked(scarf);
        line(locked, 12, "1");
        assertTrue(Revalidation.check(locked.cart(), locked.products(), notices).isEmpty());
        assertEquals(1, notices.asMap().get("error").size());
    }

    @Test
    void aGoodCartDropsNothingAndSaysNothing() {
        Purchasable beanie = Products.simple(10, "Beanie").managedStock(5).build();
        LockedCart locked = CartLinesTest.locked(beanie);
        line(locked, 10, "5");
        assertTrue(Revalidation.check(locked.cart(), locked.products(), notices).isEmpty());
        assertTrue(notices.asMap().isEmpty());
    }
}
