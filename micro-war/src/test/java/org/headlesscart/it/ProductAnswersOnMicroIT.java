package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.headlesscart.it.fixtures.micro.StatementCounter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Kept Products API answers (CatalogResponseCache) on Payara Micro, counted in SQL statements (Hibernate statistics
 * of the catalog unit): a repeated answer is sent without a statement while the catalog revision this node last
 * read is trusted ({@code headlesscart.catalog.revision-freshness}, PT1S), and at most one revision read after it;
 * every spelling of the same query shares it. A catalog change shows at once: CatalogAdminContract.
 */
class ProductAnswersOnMicroIT extends ProductAnswersSupport {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle().addClass(StatementCounter.class);
    }

    @Test
    void everySpellingOfAQuerySharesOneKeptAnswerWithItsOwnLinks() {
        HttpResponse<String> first = get("products?per_page=2&orderby=price&order=asc");
        long before = counter();
        HttpResponse<String> reordered = get("products?order=asc&per_page=2&orderby=price");
        HttpResponse<String> padded = get("products?orderby=price&per_page=2&order=asc&per_page=5&_=1733");
        HttpResponse<String> again = get("products?per_page=2&orderby=price&order=asc");
        long used = counter() - before;

        assertTrue(used <= 1, "three kept answers, at most one revision read: " + used);
        String products = Http.object(first).getJsonArray("products").toString();
        for (HttpResponse<String> kept : java.util.List.of(reordered, padded, again)) {
            assertEquals(products, Http.object(kept).getJsonArray("products").toString());
            assertEquals(header(first, "X-WP-Total"), header(kept, "X-WP-Total"));
            assertEquals(header(first, "X-WP-TotalPages"), header(kept, "X-WP-TotalPages"));
        }
        assertEquals(first.body(), again.body());
        assertEquals(header(first, "ETag"), header(again, "ETag"));
        assertTrue(header(padded, "Link").contains("_=1733"), "links keep the query as sent: " + header(padded, "Link"));
        assertTrue(Http.object(padded).getJsonObject("_links").toString().contains("_=1733"));
        assertNotEquals(header(first, "ETag"), header(padded, "ETag"), "its body differs by its links");
        assertTrue(header(first, "Link").contains("page=2"), header(first, "Link"));
    }

    @Test
    void aKeptProductCostsNoStatement() {
        HttpResponse<String> first = get("products/14");
        long before = counter();
        HttpResponse<String> kept = get("products/14?utm_source=mail");
        get("products/14");
        long used = counter() - before;

        assertTrue(used <= 1, "two kept answers, at most one revision read: " + used);
        assertEquals(first.body(), kept.body());
        assertEquals(header(first, "ETag"), header(kept, "ETag"));
    }

}
