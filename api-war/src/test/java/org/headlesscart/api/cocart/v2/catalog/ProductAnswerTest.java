package org.headlesscart.api.cocart.v2.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.headlesscart.api.http.Conditional;
import org.junit.jupiter.api.Test;

/** A kept product list with its links added per request is, byte for byte, the list computed whole. */
class ProductAnswerTest {

    static UriInfo uri(String requestUri) {
        return (UriInfo) Proxy.newProxyInstance(ProductAnswerTest.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "getRequestUri" -> URI.create(requestUri);
                    case "getRequestUriBuilder" -> UriBuilder.fromUri(requestUri);
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    static Map<String, Object> body(int page, int totalPages) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("products", List.of(Map.of("id", 12, "name", "T-Shirt \"blue\" / <b>é</b>")));
        body.put("page", page);
        body.put("total_pages", totalPages);
        body.put("total_products", 30);
        return body;
    }

    /** What the route answered before answers were kept without their links. */
    static Conditional.Rendered computed(UriInfo uri, int page, int totalPages) {
        Pagination pagination = new Pagination(uri, 30, page, totalPages);
        Map<String, Object> body = body(page, totalPages);
        if (!pagination.links().isEmpty()) {
            body.put("_links", pagination.links());
        }
        return Conditional.render(body, pagination.headers());
    }

    @Test
    void aMiddlePageGetsTheLinksOfEachRequestsOwnQuery() {
        ProductAnswer kept = ProductAnswer.linksLast(body(2, 3), new ProductAnswer.Pages(30, 2, 3));
        for (String request : List.of("http://shop/wp-json/cocart/v2/products?page=2&per_page=10",
                "http://shop/wp-json/cocart/v2/products?per_page=10&_=17&page=2")) {
            Conditional.Rendered computed = computed(uri(request), 2, 3);
            Conditional.Rendered answered = kept.rendered(uri(request));
            assertArrayEquals(computed.body(), answered.body(), new String(answered.body()));
            assertEquals(computed.tag(), answered.tag());
            assertEquals(computed.headers(), answered.headers());
        }
    }

    @Test
    void aSinglePageHasNoLinks() {
        ProductAnswer kept = ProductAnswer.linksLast(body(1, 1), new ProductAnswer.Pages(30, 1, 1));
        String request = "http://shop/wp-json/cocart/v2/products?per_page=50";
        Conditional.Rendered computed = computed(uri(request), 1, 1);
        Conditional.Rendered answered = kept.rendered(uri(request));
        assertArrayEquals(computed.body(), answered.body());
        assertEquals(computed.tag(), answered.tag());
        assertEquals(computed.headers(), answered.headers());
    }
}
