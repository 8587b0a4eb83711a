package org.headlesscart.it.server;

import org.headlesscart.it.MyAccountContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;

/** {@link MyAccountContract} on Payara Server, deployed as the EAR. */
@Tag("catalog-writes")
class MyAccountOnServerIT extends MyAccountContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
