package org.headlesscart.cart.control;

import static org.headlesscart.cart.control.AddingTest.refused;
import static org.headlesscart.cart.control.Products.ordered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.headlesscart.catalog.model.Purchasable;
import org.headlesscart.cart.control.Refusal.Reason;
import org.headlesscart.cart.entity.Cart;
import org.headlesscart.cart.entity.CartItem;
import org.junit.jupiter.api.Test;

/** Contract §13.2 steps 8–11: adding to a locked cart, against what it already holds. */
class CartLinesTest {

    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    private static final Purchasable BEANIE = Products.simple(10, "Beanie").build();


    @Test
    void theSameProductTwiceIsOneLineWithBothQuantities() {
        LockedCart locked = locked(BEANIE);
        String first = add(locked, BEANIE, Map.of(), "2");
        String second = add(locked, BEANIE, Map.of(), "1.5");
        assertEquals(first, second);
        assertEquals("d3d9446802a44259755d38e6d163e820", first);
        assertEquals(ItemKeys.of(10, 0, Map.of(), Map.of()), first);
        assertEquals(1, locked.cart().lines().size());
        assertEquals(0, new BigDecimal("3.5").compareTo(locked.cart().lines().get(0).getQuantity()));
    }

    @Test
    void aVariationIsKeyedByItsParentItselfAndItsAttributes() {
        Purchasable redSmall = Products.hoodieVariation(15, "red", "small").build();
        LockedCart locked = locked(redSmall);
        String key = add(locked, redSmall, ordered("attribute_pa_color", "red", "attribute_pa_size", "small"), "1");
        assertEquals("ca00aa2df1eed3111726cf4191eac467", key);
        CartItem line = locked.cart().lines().get(0);
        assertEquals(14, line.getProductId());
        assertEquals(15, line.getVariationId());
        assertEquals(ordered("attribute_pa_color", "red", "attribute_pa_size", "small"),
                JsonText.readStrings(line.getVariationJson()), "kept in the key's order");
        assertEquals(List.of("attribute_pa_color", "attribute_pa_size"),
                List.copyOf(JsonText.readStrings(line.getVariationJson()).keySet()));
    }

    @Test
    void itemDataMakesADifferentLine() {
        LockedCart locked = locked(BEANIE);
        String plain = add(locked, BEANIE, Map.of(), "1");
        String engraved = CartLines.add(locked, BEANIE, Map.of(), Map.of("engraving", "Hi"), BigDecimal.ONE, null);
        assertNotEquals(plain, engraved);
        assertEquals(ItemKeys.of(10, 0, null, Map.of("engraving", "Hi")), engraved);
        assertEquals(2, locked.cart().lines().size());
        assertEquals(Map.of("engraving", "Hi"), JsonText.read(locked.cart().item(engraved).orElseThrow()
                .getItemDataJson()));
    }

    @Test
    void aSoldIndividuallyProductIsAddedOnceWithQuantityOne() {
        Purchasable poster = Products.simple(11, "Poster").soldIndividually().build();
        LockedCart locked = locked(poster);
        add(locked, poster, Map.of(), "3");
        Refusal refusal = refused(Reason.SOLD_INDIVIDUALLY, () -> add(locked, poster, Map.of(), "1"));
        assertEquals("You cannot add another 'Poster' to your cart.", refusal.getMessage());
        assertEquals(1, locked.cart().lines().size());
        assertEquals(0, BigDecimal.ONE.compareTo(locked.cart().lines().get(0).getQuantity()));
    }

    @Test
    void aRemovedLineWithTheSameKeyIsReplaced() {
        LockedCart locked = locked(BEANIE);
        String key = add(locked, BEANIE, Map.of(), "4");
        locked.cart().item(key).orElseThrow().markRemoved(true);
        add(locked, BEANIE, Map.of(), "2");
        assertEquals(1, locked.cart().getItems().size());
        assertTrue(locked.cart().removedLines().isEmpty());
        assertEquals(0, new BigDecimal("2").compareTo(locked.cart().item(key).orElseThrow().getQuantity()));
    }

    @Test
    void theStockCountsWhatTheCartAlreadyHolds() {
        Purchasable scarce = Products.simple(12, "Scarf").managedStock(5).build();
        LockedCart locked = locked(scarce);
        add(locked, scarce, Map.of(), "3");
        refused(Reason.NOT_ENOUGH_STOCK_REMAINING, () -> add(locked, scarce, Map.of(), "3"));
        assertEquals(0, new BigDecimal("3").compareTo(locked.cart().lines().get(0).getQuantity()));
    }

    private static String add(LockedCart locked, Purchasable product, Map<String, String> variation, String quantity) {
        return CartLines.add(locked, product, variation, Map.of(), new BigDecimal(quantity), null);
    }

    static LockedCart locked(Purchasable... products) {
        return new LockedCart(new Cart("t_cart", NOW, NOW, NOW.plusSeconds(3600)), Products.byId(products), new Notices());
    }
}
