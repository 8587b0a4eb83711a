package org.headlesscart.it.server;

import org.headlesscart.it.OrdersAdminContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;

/** {@link OrdersAdminContract} on Payara Server, deployed as the EAR. */
@Tag("catalog-writes")
class OrdersAdminOnServerIT extends OrdersAdminContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
