package org.headlesscart.it.server;

import org.headlesscart.it.GeneratedClientContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The generated Java client against Payara Server 6, the EAR as built. */
class GeneratedClientOnServerIT extends GeneratedClientContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
