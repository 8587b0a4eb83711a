package org.headlesscart.it.server;

import org.headlesscart.it.CorsContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The CORS contract on Payara Server 6, against the EAR as built. */
class CorsOnServerIT extends CorsContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
