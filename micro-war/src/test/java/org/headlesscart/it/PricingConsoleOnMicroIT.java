package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.headlesscart.it.fixtures.cart.CartProbe;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * {@link PricingConsoleContract} on Payara Micro: it writes, so it runs on the catalog-writes database. With the
 * test-only statistics of CartProbe (only the WAR bundle can read the units' statistics): the shipping zones list
 * reads one page of zones from the database, not all of them.
 */
@Tag("catalog-writes")
class PricingConsoleOnMicroIT extends PricingConsoleContract {

    static final String ZONE = "org.headlesscart.pricing.entity.ZoneRow";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle().addClasses(CartProbe.class);
    }

    @Test
    void theShippingZonesPageReadsOnlyItsPageOfZones(TestInfo test) {
        for (int i = 0; i < 30; i++) {
            ok(admin("POST", "shipping/zones", "{\"name\":\"Counted " + run + " " + i + "\",\"order\":" + (800_000 + i)
                    + "}"));
        }
        try (ConsoleBrowser browser = ConsoleBrowser.open(base, getClass().getSimpleName() + "/"
                + test.getTestMethod().orElseThrow().getName())) {
            browser.signInAs(DemoLogins.ADMIN).click("nav-pricing");
            long before = zonesLoaded();
            browser.click("tab-shipping");
            long loaded = zonesLoaded() - before;
            System.out.printf("Console shipping zones: %d zone rows loaded for a page of 20%n", loaded);
            assertTrue(loaded <= 20, "a page of 20 zones loads at most 20 zone rows, not every zone: " + loaded);
        }
    }

    private long zonesLoaded() {
        Http http = new Http(base);
        return Long.parseLong(http.get(http.at("wp-json/headlesscart-test/cart/statistics/pricing-loads?entity=" + ZONE),
                "text/plain").body().strip());
    }
}
