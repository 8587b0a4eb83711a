package org.headlesscart.cart.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Contract §13.1: item keys equal WooCommerce's, as seen in the contract's examples and captures 20–38. */
class ItemKeysTest {

    /** Every item key in captures 20–38, with the ids the captures' requests and responses show. */
    @ParameterizedTest(name = "capture key of product {0}")
    @CsvSource({
            "10, d3d9446802a44259755d38e6d163e820",   // 20 add-item {"id":"10"}; 23, 26-29, 33-35
            "11, 6512bd43d9caa6e02c990b0a82652dca",   // 22 add-item {"id":"11"}; 28/29 remove and restore
            "12, c20ad4d76fe97759aa27a0c99bff6710",   // 33b add-item by SKU ALBUM-01 → id 12
            "13, c51ce410c124a10e0db5e4b97fc2af39"})  // the contract's §3.8 example ("Beanie", 13)
    void simpleProductsAreTheMd5OfTheirId(long productId, String key) {
        assertEquals(key, ItemKeys.of(productId, 0, Map.of(), Map.of()));
        assertEquals(key, ItemKeys.of(productId, 0, null, null), "null means none");
    }

    @Test
    void theHoodieVariationOfCapture21() {
        // Request: {"id":"14","variation":{"attribute_pa_color":"red","attribute_pa_size":"small"}}; item id 15.
        assertEquals("ca00aa2df1eed3111726cf4191eac467",
                ItemKeys.of(14, 15, ordered("attribute_pa_color", "red", "attribute_pa_size", "small"), Map.of()));
    }

    @Test
    void theContractsBlueLargeVariation() {
        assertEquals("1afeca348d2eb167673a17cc73b99ac9",
                ItemKeys.of(30, 34, ordered("attribute_pa_color", "blue", "attribute_pa_size", "large"), null));
    }

    @Test
    void variationOrderMattersAsInWooCommerce() {
        assertNotEquals(ItemKeys.of(14, 15, ordered("attribute_pa_size", "small", "attribute_pa_color", "red"), null),
                ItemKeys.of(14, 15, ordered("attribute_pa_color", "red", "attribute_pa_size", "small"), null));
    }

    @Test
    void variationKeysAndValuesAreTrimmed() {
        assertEquals("ca00aa2df1eed3111726cf4191eac467",
                ItemKeys.of(14, 15, ordered(" attribute_pa_color\t", " red ", "attribute_pa_size", "small\n"), null));
    }

    @Test
    void aVariationIdWithoutAttributesIsItsOwnPart() {
        assertEquals(md5("14_15"), ItemKeys.of(14, 15, Map.of(), Map.of()));
    }

    @Test
    void itemDataScalarsAreTrimmedAndConcatenated() {
        assertEquals(md5("10_engravingHello World"), ItemKeys.of(10, 0, null, data("engraving", " Hello World ")));
        assertEquals(md5("10_gift1wrapnote"),
                ItemKeys.of(10, 0, null, data("gift", true, "wrap", false, "note", null)));
    }

    @Test
    void itemDataNumbersPrintAsPhpPrintsThem() {
        assertEquals(md5("10_a7b1.5c2d-0.25"),
                ItemKeys.of(10, 0, null, data("a", 7L, "b", 1.5d, "c", 2.0d, "d", -0.25d)));
        assertEquals(md5("10_a7b1.5c2"), ItemKeys.of(10, 0, null,
                data("a", new BigDecimal("7"), "b", new BigDecimal("1.50"), "c", new BigDecimal("2.0"))));
    }

    @Test
    void itemDataListsAndMapsAreEncodedLikeHttpBuildQuery() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("a", List.of("x", "y z"));
        assertEquals(md5("10_optionsa%5B0%5D=x&a%5B1%5D=y+z"), ItemKeys.of(10, 0, null, data("options", nested)));
        assertEquals(md5("10_sizes0=S&1=M"), ItemKeys.of(10, 0, null, data("sizes", List.of("S", "M"))));
    }

    @Test
    void itemDataChangesTheKey() {
        assertNotEquals(ItemKeys.of(10, 0, null, null), ItemKeys.of(10, 0, null, data("engraving", "A")));
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> data(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
