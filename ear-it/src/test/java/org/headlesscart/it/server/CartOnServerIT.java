package org.headlesscart.it.server;

import org.headlesscart.it.CartContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** {@link CartContract} on Payara Server, deployed as the EAR. */
class CartOnServerIT extends CartContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
