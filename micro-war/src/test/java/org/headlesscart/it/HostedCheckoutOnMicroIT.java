package org.headlesscart.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;

/** {@link HostedCheckoutContract} in a browser on Payara Micro, in the catalog-writes execution (orders take stock). */
@Tag("catalog-writes")
class HostedCheckoutOnMicroIT extends HostedCheckoutContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle();
    }
}
