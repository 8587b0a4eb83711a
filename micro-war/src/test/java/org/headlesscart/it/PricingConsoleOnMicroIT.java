package org.headlesscart.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;

/** {@link PricingConsoleContract} on Payara Micro: it writes, so it runs on the catalog-writes database. */
@Tag("catalog-writes")
class PricingConsoleOnMicroIT extends PricingConsoleContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle();
    }
}
