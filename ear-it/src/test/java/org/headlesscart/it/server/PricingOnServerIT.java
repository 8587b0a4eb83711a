package org.headlesscart.it.server;

import org.headlesscart.it.PricedCartContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;

/** {@link PricedCartContract} (with the Plus routes' refusals) on Payara Server, deployed as the EAR. */
@Tag("catalog-writes")
class PricingOnServerIT extends PricedCartContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
