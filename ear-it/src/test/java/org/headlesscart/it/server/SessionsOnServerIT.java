package org.headlesscart.it.server;

import org.headlesscart.it.SessionsContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** {@link SessionsContract} on Payara Server, deployed as the EAR. */
class SessionsOnServerIT extends SessionsContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
