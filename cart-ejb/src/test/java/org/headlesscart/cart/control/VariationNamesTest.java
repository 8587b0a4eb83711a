package org.headlesscart.cart.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Variation item names as WooCommerce makes them and CoCart shows them (captures 21–29, contract §3.3). */
class VariationNamesTest {

    @Test
    void twoOneWordAttributesNameTheValues() {
        assertEquals("Hoodie - Red, Small", VariationNames.of("Hoodie", List.of("Red", "Small")));   // capture 21
        assertEquals("Hoodie - Blue, Large",
                VariationNames.of("Hoodie", List.of("pa_color", "pa_size"), List.of("Blue", "Large"))); // §3.8
    }

    @Test
    void oneAttributeNamesItsValueWhateverTheAttributesName() {
        assertEquals("Mug - Large", VariationNames.of("Mug", List.of("Large")));
        assertEquals("Shirt - Extra Large",
                VariationNames.of("Shirt", List.of("pa_shirt-size"), List.of("Extra Large")));
    }

    @Test
    void threeOrMoreAttributesLeaveTheValuesOut() {
        assertEquals("Hoodie", VariationNames.of("Hoodie", List.of("Red", "Small", "Cotton")));
        assertEquals("Hoodie", VariationNames.of("Hoodie", List.of("pa_color", "pa_size", "pa_fabric"),
                List.of("Red", "Small", "Cotton")));
    }

    @Test
    void aSeveralWordAttributeAmongSeveralLeavesTheValuesOut() {
        assertEquals("Shirt", VariationNames.of("Shirt", List.of("pa_color", "pa_shirt-size"),
                List.of("Red", "Small")));
        assertEquals("Shirt", VariationNames.of("Shirt", List.of("Color", "Shirt size"), List.of("Red", "Small")));
    }

    @Test
    void noOrBlankValuesGiveTheParentsName() {
        assertEquals("Hoodie", VariationNames.of("Hoodie", List.of()));
        assertEquals("Hoodie", VariationNames.of("Hoodie", List.of("", " ")));
        assertEquals("Hoodie - Small", VariationNames.of("Hoodie", List.of("", "Small")), "an 'any' value is skipped");
    }

    @Test
    void namesAndValuesMustPair() {
        assertThrows(IllegalArgumentException.class,
                () -> VariationNames.of("Hoodie", List.of("pa_color"), List.of("Red", "Small")));
    }
}
