package org.headlesscart.it.server;

import org.headlesscart.it.AuthContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The authentication contract on Payara Server 6, against the EAR as built. */
class AuthOnServerIT extends AuthContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
