package org.headlesscart.it.server;

import org.headlesscart.it.JwtContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The JWT contract on Payara Server 6, against the EAR as built. */
class JwtOnServerIT extends JwtContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
