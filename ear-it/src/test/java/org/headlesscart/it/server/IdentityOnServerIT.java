package org.headlesscart.it.server;

import org.headlesscart.it.IdentityContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** Carts and identity on Payara Server 6, against the EAR as built. */
class IdentityOnServerIT extends IdentityContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
