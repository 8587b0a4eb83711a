package org.headlesscart.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;

/** {@link OrdersConsoleContract} in a browser on Payara Micro, on the catalog-writes database. */
@Tag("catalog-writes")
class OrdersConsoleOnMicroIT extends OrdersConsoleContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle();
    }
}
