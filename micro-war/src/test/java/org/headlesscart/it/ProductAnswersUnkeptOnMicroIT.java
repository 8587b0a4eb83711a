package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.headlesscart.it.fixtures.micro.StatementCounter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * {@code headlesscart.catalog.response-cache-seconds=0} switches keeping Products API answers off: every request
 * renders its answer again (the bundle's own config file, with an ordinal above the environment's; the revision
 * is read on every request here, so that the counts do not depend on timing).
 */
class ProductAnswersUnkeptOnMicroIT extends ProductAnswersSupport {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle().addClass(StatementCounter.class).addAsResource(
                new StringAsset("config_ordinal=500\nheadlesscart.catalog.response-cache-seconds=0\n"
                        + "headlesscart.catalog.revision-freshness=PT0S\n"),
                "META-INF/microprofile-config.properties");
    }

    @Test
    void aRepeatedListIsRenderedEveryTimeOfAQuerySharesOneKeptAnswerWithItsOwnLinks() {
        String path = "products?per_page=2&orderby=price&order=asc";
        HttpResponse<String> first = get(path);
        long before = counter();
        HttpResponse<String> again = get(path);
        long once = counter() - before;
        get(path);
        long twice = counter() - before;

        assertTrue(once >= 2, "rendered again: a count, a page and what it shows: " + once);
        assertEquals(2 * once, twice, "every time");
        assertEquals(first.body(), again.body(), "the same answer, computed");
        assertEquals(header(first, "ETag"), header(again, "ETag"));
    }

    @Test
    void aRepeatedProductIsRenderedEveryTime() {
        get("products/14");
        long before = counter();
        get("products/14");
        assertTrue(counter() - before >= 2, "rendered again");
    }
}
