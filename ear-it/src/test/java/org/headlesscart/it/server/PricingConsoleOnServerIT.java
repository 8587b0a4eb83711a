package org.headlesscart.it.server;

import org.headlesscart.it.PricingConsoleContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;

/** {@link PricingConsoleContract} on Payara Server, deployed as the EAR; it writes: the catalog-writes database. */
@Tag("catalog-writes")
class PricingConsoleOnServerIT extends PricingConsoleContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
