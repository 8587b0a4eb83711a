package org.headlesscart.api.cocart.v2.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What makes two Products API requests share one kept answer, and what keeps them apart. */
class ProductAnswerKeyTest {

    static final String BASE = "http://shop.example/";
    static final String PATH = "/wp-json/cocart/v2/products";

    static String key(Object... nameValues) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            query.computeIfAbsent((String) nameValues[i], k -> new java.util.ArrayList<>()).add((String) nameValues[i + 1]);
        }
        return ProductAnswerKey.of(BASE, PATH, query, true);
    }

    @Test
    void parameterOrderDoesNotMatter() {
        assertEquals(key("per_page", "10", "category", "shoes", "orderby", "price"),
                key("orderby", "price", "category", "shoes", "per_page", "10"));
    }

    @Test
    void aSingleValuedParameterCountsByItsFirstValueAsTheRouteReadsIt() {
        assertEquals(key("per_page", "10"), key("per_page", "10", "per_page", "20"));
        assertNotEquals(key("per_page", "10"), key("per_page", "20", "per_page", "10"));
    }

    @Test
    void aListParameterKeepsEveryValueInOrder() {
        assertNotEquals(key("include", "1", "include", "2"), key("include", "2", "include", "1"));
        assertNotEquals(key("include", "1"), key("include", "1", "include", "1"));
        assertNotEquals(key("include[]", "1"), key("include", "1"), "two spellings the route reads apart");
        assertNotEquals(key("attributes[0][slug][]", "red"), key("attributes[0][slug][]", "blue"));
    }

    @Test
    void parametersNoProductRouteReadsAreIgnored() {
        assertEquals(key("per_page", "10"), key("per_page", "10", "_", "1733400000", "utm_source", "mail",
                "_fields", "id,name", "_envelope", "", "cart_key", "abc"));
    }

    @Test
    void aValueIsNotConfusedWithTheNextParameter() {
        assertNotEquals(key("search", "a&per_page=5"), key("search", "a", "per_page", "5"));
        assertNotEquals(key("search", ""), key(), "an empty value is still a value");
    }

    @Test
    void baseUrlAndPathArePartOfTheKey() {
        Map<String, List<String>> query = Map.of("per_page", List.of("10"));
        assertNotEquals(ProductAnswerKey.of(BASE, PATH, query, true),
                ProductAnswerKey.of("http://other.example/", PATH, query, true));
        assertNotEquals(ProductAnswerKey.of(BASE, PATH, query, true),
                ProductAnswerKey.of(BASE, PATH + "/12/variations", query, true));
    }

    @Test
    void aSingleProductIgnoresItsQuery() {
        assertEquals(ProductAnswerKey.of(BASE, PATH + "/12", Map.of(), false),
                ProductAnswerKey.of(BASE, PATH + "/12", Map.of("per_page", List.of("3")), false));
    }
}
