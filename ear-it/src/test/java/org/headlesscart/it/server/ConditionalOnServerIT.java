package org.headlesscart.it.server;

import org.headlesscart.it.ConditionalContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** {@link ConditionalContract} on Payara Server, deployed as the EAR. */
class ConditionalOnServerIT extends ConditionalContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
