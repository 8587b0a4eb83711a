package org.headlesscart.it.server;

import org.headlesscart.it.OrderMailContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;

/** {@link OrderMailContract} on Payara Server, deployed as the EAR, in the catalog-writes execution. */
@Tag("catalog-writes")
class OrderMailOnServerIT extends OrderMailContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
