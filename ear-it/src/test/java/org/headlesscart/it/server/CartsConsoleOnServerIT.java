package org.headlesscart.it.server;

import org.headlesscart.it.CartsConsoleContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The console's Carts pages in a browser on Payara Server 6, against the EAR as built. */
class CartsConsoleOnServerIT extends CartsConsoleContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
