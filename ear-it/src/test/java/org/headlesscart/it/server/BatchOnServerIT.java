package org.headlesscart.it.server;

import org.headlesscart.it.BatchContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** {@link BatchContract} on Payara Server, deployed as the EAR. */
class BatchOnServerIT extends BatchContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
