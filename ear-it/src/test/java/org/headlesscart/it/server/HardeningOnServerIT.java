package org.headlesscart.it.server;

import org.headlesscart.it.HardeningContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** {@link HardeningContract} on Payara Server, deployed as the EAR. */
class HardeningOnServerIT extends HardeningContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
