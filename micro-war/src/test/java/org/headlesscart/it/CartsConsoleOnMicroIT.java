package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.headlesscart.it.fixtures.cart.CartProbe;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The console's Carts pages in a browser on Payara Micro, against the WAR bundle as built; and, through the
 * test-only statistics of CartProbe (only the WAR bundle can read the units' statistics), no query per row.
 */
class CartsConsoleOnMicroIT extends CartsConsoleContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle().addClasses(CartProbe.class);
    }

    @Test
    void aPageOfTwentyCartsCostsTheStatementsOfAPageOfOne(TestInfo test) {
        String tag = "rows-" + UUID.randomUUID().toString().substring(0, 8);
        ConsoleTestSupport.cartsWithEmails(base, tag, 21);
        try (ConsoleBrowser browser = browser(test)) {
            browser.signInAs(DemoLogins.ADMIN).click("nav-carts");

            // The statistics count every statement of the JVM, the timers' too (the webhook relay, the holds'
            // release): they only ever add, so the cheapest of a few loads of a page is the page's own cost.
            long twenty = Long.MAX_VALUE;
            long one = Long.MAX_VALUE;
            for (int trial = 0; trial < 3; trial++) {
                long before = statements();
                filterByEmail(browser, tag + "-", 20);
                twenty = Math.min(twenty, statements() - before);
                browser.shot("twenty-rows");

                before = statements();
                filterByEmail(browser, tag + "-7@", 1);
                one = Math.min(one, statements() - before);
                browser.shot("one-row");
            }

            System.out.printf("Console carts list: %d statements for a page of 20 rows, %d for 1 row%n", twenty, one);
            assertEquals(one, twenty, "no query per row");
            assertTrue(twenty <= 6, "a few statements for the page: " + twenty);
        }
    }

    private long statements() {
        Http http = new Http(base);
        return Long.parseLong(http.get(http.at("wp-json/headlesscart-test/cart/statistics/all"), "text/plain")
                .body().strip());
    }
}
