package org.headlesscart.it.server;

import org.headlesscart.it.CustomersAdminContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** {@link CustomersAdminContract} on Payara Server, deployed as the EAR. */
class CustomersAdminOnServerIT extends CustomersAdminContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
