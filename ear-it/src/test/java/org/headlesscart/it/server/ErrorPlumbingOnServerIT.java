package org.headlesscart.it.server;

import org.headlesscart.it.ErrorPlumbingContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** Error plumbing and the demo store on Payara Server, where the EJBs live in their own modules of the EAR. */
class ErrorPlumbingOnServerIT extends ErrorPlumbingContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.earWithFixtures();
    }
}
