package org.headlesscart.it.server;

import org.headlesscart.it.HostedCheckoutContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;

/** {@link HostedCheckoutContract} in a browser on Payara Server, deployed as the EAR (orders take stock). */
@Tag("catalog-writes")
class HostedCheckoutOnServerIT extends HostedCheckoutContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
