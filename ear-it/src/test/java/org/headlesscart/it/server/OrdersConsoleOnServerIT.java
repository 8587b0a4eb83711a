package org.headlesscart.it.server;

import org.headlesscart.it.OrdersConsoleContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;

/** {@link OrdersConsoleContract} in a browser on Payara Server 6, against the EAR, on the catalog-writes database. */
@Tag("catalog-writes")
class OrdersConsoleOnServerIT extends OrdersConsoleContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
