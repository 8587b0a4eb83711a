package org.headlesscart.cart.control;

import static org.headlesscart.cart.control.AddingTest.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.headlesscart.catalog.model.Purchasable;
import org.headlesscart.cart.control.Refusal.Reason;
import org.headlesscart.cart.entity.CartItem;
import org.junit.jupiter.api.Test;

/** Contract §2.7: changing a line's quantity in a locked cart. */
class LockedCartTest {

    private static final Purchasable BEANIE = Products.simple(10, "Beanie").build();

    @Test
    void zeroMovesTheLineToTheRemovedLines() {
        LockedCart locked = CartLinesTest.locked(BEANIE);
        CartItem line = line(locked, 10, "2");
        assertTrue(locked.changeQuantity(line, BigDecimal.ZERO));
        assertTrue(locked.cart().lines().isEmpty());
        assertEquals(1, locked.cart().removedLines().size());
        assertEquals(0, new BigDecimal("2").compareTo(line.getQuantity()), "a removed line keeps its quantity");
    }

    @Test
    void anotherQuantityIsSet() {
        LockedCart locked = CartLinesTest.locked(BEANIE);
        CartItem line = line(locked, 10, "2");
        assertTrue(locked.changeQuantity(line, new BigDecimal("5")));
        assertEquals(0, new BigDecimal("5").compareTo(line.getQuantity()));
    }

    @Test
    void theSameQuantityIsNoChange() {
        LockedCart locked = CartLinesTest.locked(BEANIE);
        CartItem line = line(locked, 10, "2");
        assertFalse(locked.changeQuantity(line, new BigDecimal("2.0")));
    }

    @Test
    void aSoldIndividuallyProductCannotGoAboveOne() {
        // Not the catalog's shape (its maximum would be 1, refused as "1 or lower" first); the rule on its own.
        Purchasable poster = Products.simple(11, "Poster").soldIndividually().maxPurchase(-1).build();
        LockedCart locked = CartLinesTest.locked(poster);
        CartItem line = line(locked, 11, "1");
        Refusal refusal = refused(Reason.CAN_NOT_INCREASE_QUANTITY,
                () -> locked.changeQuantity(line, new BigDecimal("2")));
        assertEquals("You can only have 1 \"Poster\" in your cart.", refusal.getMessage());
        assertEquals(0, BigDecimal.ONE.compareTo(line.getQuantity()));
    }

    @Test
    void aSoldIndividuallyProductFromTheCatalogIsHeldToItsMaximumOfOne() {
        Purchasable poster = Products.simple(11, "Poster").soldIndividually().build();
        LockedCart locked = CartLinesTest.locked(poster);
        CartItem line = line(locked, 11, "1");
        assertEquals("Quantity must be 1 or lower.", refused(Reason.QUANTITY_INVALID_AMOUNT,
                () -> locked.changeQuantity(line, new BigDecimal("2"))).getMessage());
    }

    @Test
    void moreThanTheManagedStockIsRefused() {
        Purchasable scarf = Products.simple(12, "Scarf").managedStock(3).maxPurchase(-1).build();
        LockedCart locked = CartLinesTest.locked(scarf);
        CartItem line = line(locked, 12, "1");
        refused(Reason.NOT_ENOUGH_IN_STOCK, () -> locked.changeQuantity(line, new BigDecimal("4")));
    }

    @Test
    void aLineWhoseProductIsGoneIsNotInTheCart() {
        LockedCart locked = CartLinesTest.locked();
        CartItem line = line(locked, 10, "1");
        refused(Reason.ITEM_NOT_IN_CART, () -> locked.changeQuantity(line, new BigDecimal("2")));
    }

    @Test
    void setQuantityTurnsARefusalIntoAnErrorNotice() {
        Purchasable poster = Products.simple(11, "Poster").soldIndividually().build();
        LockedCart locked = CartLinesTest.locked(poster);
        CartItem line = line(locked, 11, "1");
        assertFalse(locked.setQuantity(line.getItemKey(), new BigDecimal("3")));
        assertTrue(locked.hasErrors());
    }

    /** A line added directly, without the add-to-cart rules (and without JSON). */
    static CartItem line(LockedCart locked, long productId, String quantity) {
        return locked.cart().addLine(new CartItem.Identity(ItemKeys.of(productId, 0, null, null), productId, 0, "{}",
                "{}"), new BigDecimal(quantity), null);
    }
}
