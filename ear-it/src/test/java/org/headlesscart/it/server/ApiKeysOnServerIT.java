package org.headlesscart.it.server;

import org.headlesscart.it.ApiKeysContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** {@link ApiKeysContract} on Payara Server, deployed as the EAR. */
class ApiKeysOnServerIT extends ApiKeysContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
