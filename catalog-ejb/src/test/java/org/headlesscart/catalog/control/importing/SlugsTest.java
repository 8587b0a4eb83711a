package org.headlesscart.catalog.control.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void makesWordPressSlugsFromNames() {
        assertEquals("v-neck-t-shirt", Slugs.of("V-Neck T-Shirt"));
        assertEquals("hoodie-with-logo", Slugs.of("  Hoodie   with Logo "));
        assertEquals("mens-shirts", Slugs.of("Men's Shirts"), "apostrophes disappear");
        assertEquals("tom-jerry", Slugs.of("Tom & Jerry"));
        assertEquals("11-05-inch", Slugs.of("11.05 inch"), "dots become dashes");
        assertEquals("snake_case", Slugs.of("snake_case"), "underscores stay");
        assertEquals("a-b", Slugs.of("a -- b"), "dashes collapse");
    }

    @Test
    void removesAccentsAndSpellsOutLigatures() {
        assertEquals("creme-brulee", Slugs.of("Crème Brûlée"));
        assertEquals("grosse", Slugs.of("Größe"));
        assertEquals("aeroskobing", Slugs.of("Ærøskøbing"));
        assertEquals("lodz", Slugs.of("Łódź"));
    }

    @Test
    void keepsLettersOfOtherScripts() {
        assertEquals("футболка", Slugs.of("Футболка"));
        assertEquals("t恤", Slugs.of("T恤"));
    }

    @Test
    void fallsBackWhenTheNameHasNoLetterOrDigit() {
        assertEquals("", Slugs.of("!!! ???"));
        assertEquals("product", Slugs.of("!!!", "product"));
        assertEquals("cap", Slugs.of("Cap", "product"));
    }

    @Test
    void cutsLongNamesLeavingRoomForASuffix() {
        String slug = Slugs.of("word ".repeat(100));

        assertTrue(slug.length() <= Slugs.MAX_LENGTH, "at most " + Slugs.MAX_LENGTH + ": " + slug.length());
        assertTrue(!slug.endsWith("-"), "no dash at the cut");
    }

    @Test
    void numbersDuplicatesFromTwoAsWordPressDoes() {
        assertEquals("hoodie", Slugs.firstFree("hoodie", List.of("hoodie-with-logo")));
        assertEquals("hoodie-2", Slugs.firstFree("hoodie", List.of("hoodie", "hoodie-with-logo")));
        assertEquals("hoodie-4", Slugs.firstFree("hoodie", List.of("hoodie", "hoodie-2", "Hoodie-3")),
                "taken slugs compare ignoring case, as the unique key does");
        assertEquals("hoodie-2", Slugs.firstFree("hoodie", List.of("HOODIE", "hoodie-3")), "gaps are filled");
    }
}
