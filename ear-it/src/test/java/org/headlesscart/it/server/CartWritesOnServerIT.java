package org.headlesscart.it.server;

import org.headlesscart.it.CartWritesContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** {@link CartWritesContract} on Payara Server, deployed as the EAR. */
class CartWritesOnServerIT extends CartWritesContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
