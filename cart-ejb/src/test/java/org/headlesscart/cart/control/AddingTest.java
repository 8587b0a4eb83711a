package org.headlesscart.cart.control;

import static org.headlesscart.cart.control.Products.hoodie;
import static org.headlesscart.cart.control.Products.hoodieVariation;
import static org.headlesscart.cart.control.Products.ordered;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.headlesscart.catalog.model.Purchasable;
import org.headlesscart.catalog.model.Purchasable.StockState;
import org.headlesscart.cart.control.Refusal.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Contract §13.2 steps 4–7 and 10: the add-to-cart rules that depend on the product alone. */
class AddingTest {

    /** Blue with any size (16), as a variation snapshot. */
    private static final Purchasable BLUE_ANY_SIZE = hoodieVariation(16, "blue", "").build();

    @Test
    void groupedProductsAreSentToAddItems() {
        Refusal refusal = refused(Reason.CANNOT_ADD_PRODUCT_TYPE,
                () -> Adding.checkType(Products.simple(20, "Set").type("grouped").build()));
        assertTrue(refusal.getMessage().contains("/cocart/v2/cart/add-items"), refusal.getMessage());
    }

    @Test
    void externalProductsCannotBeAdded() {
        refused(Reason.CANNOT_ADD_PRODUCT_TYPE,
                () -> Adding.checkType(Products.simple(21, "Link").type("external").build()));
    }

    @Test
    void simpleAndVariableProductsPassTheTypeCheck() {
        assertDoesNotThrow(() -> Adding.checkType(Products.simple(10, "Beanie").build()));
        assertDoesNotThrow(() -> Adding.checkType(hoodie()));
    }

    @Test
    void theVariationWithThePostedValuesIsFound() {
        assertEquals(15, Adding.matchVariation(hoodie(),
                ordered("attribute_pa_color", "red", "attribute_pa_size", "small")));
    }

    @Test
    void aVariationAllowingAnyValueMatchesWhateverIsPostedForIt() {
        assertEquals(16, Adding.matchVariation(hoodie(),
                ordered("attribute_pa_color", "blue", "attribute_pa_size", "large")));
    }

    @Test
    void anAnyAttributeStillNeedsSomeValueToMatch() {
        refused(Reason.NO_VARIATION_FOUND, () -> Adding.matchVariation(hoodie(), ordered("attribute_pa_color", "blue")));
    }

    @Test
    void valuesNoVariationHasFindNothing() {
        Refusal refusal = refused(Reason.NO_VARIATION_FOUND, () -> Adding.matchVariation(hoodie(),
                ordered("attribute_pa_color", "red", "attribute_pa_size", "large")));
        assertEquals("No matching variation found.", refusal.getMessage());
    }

    @Test
    void fixedValuesAreFilledIn() {
        assertEquals(ordered("attribute_pa_color", "blue", "attribute_pa_size", "large"),
                Adding.variationOf(BLUE_ANY_SIZE, ordered("attribute_pa_size", "large")));
    }

    @Test
    void aPostedValueDifferingFromTheFixedOneIsInvalid() {
        Refusal refusal = refused(Reason.INVALID_VARIATION_DATA, () -> Adding.variationOf(BLUE_ANY_SIZE,
                ordered("attribute_pa_color", "red", "attribute_pa_size", "large")));
        assertEquals("Invalid value posted for Color. Allowed values: Red, Blue", refusal.getMessage());
    }

    @Test
    void aValueThatIsNoOptionOfAnAnyAttributeIsInvalid() {
        Refusal refusal = refused(Reason.INVALID_VARIATION_DATA,
                () -> Adding.variationOf(BLUE_ANY_SIZE, ordered("attribute_pa_size", "huge")));
        assertEquals("Invalid value posted for Size. Allowed values: Small, Large", refusal.getMessage());
    }

    @Test
    void anAnyAttributeThatIsNotPostedIsMissing() {
        Refusal refusal = refused(Reason.MISSING_VARIATION_DATA,
                () -> Adding.variationOf(BLUE_ANY_SIZE, ordered("attribute_pa_color", "blue")));
        assertEquals("Missing variation data for variable product. Size is a required field.", refusal.getMessage());
    }

    @ParameterizedTest(name = "size given as \"{0}\"")
    @ValueSource(strings = {"large", "Large", "LARGE", "lArGe"})
    void anAnyValueMayBeGivenBySlugOrLabelInAnyCase(String given) {
        assertEquals("large", Adding.variationOf(BLUE_ANY_SIZE, ordered("attribute_pa_size", given))
                .get("attribute_pa_size"));
    }

    @ParameterizedTest(name = "key \"{0}\"")
    @ValueSource(strings = {"attribute_pa_size", "pa_size", "Size", "attribute_Size", "size"})
    void theAttributeMayBeNamedByKeyBareKeyOrLabel(String key) {
        assertEquals(ordered("attribute_pa_color", "blue", "attribute_pa_size", "small"),
                Adding.variationOf(BLUE_ANY_SIZE, ordered(key, "small")));
    }

    @Test
    void theResultFollowsTheParentsAttributeOrder() {
        Purchasable anyAny = hoodieVariation(17, "", "").build();
        Map<String, String> chosen = Adding.variationOf(anyAny,
                ordered("attribute_pa_size", "small", "attribute_pa_color", "red"));
        assertEquals(List.of("attribute_pa_color", "attribute_pa_size"), List.copyOf(chosen.keySet()));
    }

    @Test
    void anUnpurchasableProductCannotBePurchased() {
        Refusal refusal = refused(Reason.CANNOT_BE_PURCHASED, () -> check(
                Products.simple(10, "Beanie").purchasable(false).build(), "Beanie", 1, 0));
        assertEquals("'Beanie' is not available for purchase.", refusal.getMessage());
    }

    @Test
    void anUnpurchasableVariationFailsValidation() {
        refused(Reason.PRODUCT_FAILED_VALIDATION,
                () -> check(hoodieVariation(15, "red", "small").purchasable(false).build(), "Hoodie - Red, Small", 1, 0));
    }

    @Test
    void anOutOfStockProductIsRefusedWithItsName() {
        Refusal refusal = refused(Reason.OUT_OF_STOCK, () -> check(
                Products.simple(12, "Sold Out Poster").stock(Products.OUT_OF_STOCK).build(), "Sold Out Poster", 1, 0));
        assertEquals("You cannot add \"Sold Out Poster\" to the cart because the product is out of stock.",
                refusal.getMessage());
    }

    @Test
    void moreThanTheManagedStockIsNotEnoughInStock() {
        Refusal refusal = refused(Reason.NOT_ENOUGH_IN_STOCK,
                () -> check(Products.simple(10, "Beanie").managedStock(5).build(), "Beanie", 6, 0));
        assertTrue(refusal.getMessage().contains("(5 remaining)"), refusal.getMessage());
    }

    @Test
    void whatTheCartHoldsCountsAgainstTheStock() {
        Refusal refusal = refused(Reason.NOT_ENOUGH_STOCK_REMAINING,
                () -> check(Products.simple(10, "Beanie").managedStock(5).build(), "Beanie", 3, 3));
        assertEquals("You cannot add that amount to the cart \u2014 we have 5 in stock and you already have 3 in "
                + "your cart.", refusal.getMessage());
    }

    @Test
    void exactlyTheStockLevelIsAccepted() {
        assertDoesNotThrow(() -> check(Products.simple(10, "Beanie").managedStock(5).build(), "Beanie", 3, 2));
    }

    @Test
    void backordersLiftTheStockLimit() {
        Purchasable backordered = Products.simple(10, "Beanie").stock(new StockState(true, 5, "instock", "notify"))
                .build();
        assertDoesNotThrow(() -> check(backordered, "Beanie", 10, 4));
    }

    private static void check(Purchasable product, String name, double quantity, double inCart) {
        Adding.checkPurchasable(product, name, BigDecimal.valueOf(quantity), BigDecimal.valueOf(inCart));
    }

    static Refusal refused(Reason reason, Executable action) {
        Refusal refusal = assertThrows(Refusal.class, action);
        assertEquals(reason, refusal.reason(), refusal.getMessage());
        return refusal;
    }
}
