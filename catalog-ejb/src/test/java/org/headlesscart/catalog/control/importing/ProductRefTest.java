package org.headlesscart.catalog.control.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.headlesscart.catalog.control.importing.ProductRef.ById;
import org.headlesscart.catalog.control.importing.ProductRef.BySku;
import org.junit.jupiter.api.Test;

class ProductRefTest {

    @Test
    void readsIdPrefixedReferencesAsWooCommerceIds() {
        assertEquals(new ById(44), ProductRef.parse("id:44"));
        assertEquals(new ById(44), ProductRef.parse(" ID: 44 "));
        assertTrue(ProductRef.isWooIdReference("id:44"));
    }

    @Test
    void readsEverythingElseAsASku() {
        assertEquals(new BySku("woo-vneck-tee"), ProductRef.parse("woo-vneck-tee"));
        assertEquals(new BySku("44"), ProductRef.parse("44"), "a bare number is a SKU, as in WooCommerce");
        assertEquals(new BySku("kid:4"), ProductRef.parse(" kid:4 "));
        assertFalse(ProductRef.isWooIdReference("woo-vneck-tee"));
    }

    @Test
    void refusesAnIdPrefixWithoutAPositiveNumber() {
        for (String bad : new String[] {"id:", "id:abc", "id:0", "id:-3", "id:99999999999999999999"}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> ProductRef.parse(bad));
            assertEquals("'" + bad + "' is not a product id reference like id:44", refused.getMessage());
        }
    }

    @Test
    void refusesAnEmptyReference() {
        assertThrows(IllegalArgumentException.class, () -> ProductRef.parse(" "));
    }

    @Test
    void printsAsWrittenInTheFile() {
        assertEquals("id:44", new ById(44).toString());
        assertEquals("woo-beanie", new BySku("woo-beanie").toString());
    }
}
