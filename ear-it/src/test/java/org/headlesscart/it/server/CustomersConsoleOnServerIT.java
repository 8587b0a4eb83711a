package org.headlesscart.it.server;

import org.headlesscart.it.CustomersConsoleContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;

/** {@link CustomersConsoleContract} on Payara Server, deployed as the EAR; it writes: the catalog-writes database. */
@Tag("catalog-writes")
class CustomersConsoleOnServerIT extends CustomersConsoleContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
