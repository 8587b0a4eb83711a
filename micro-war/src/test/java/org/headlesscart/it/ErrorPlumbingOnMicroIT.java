package org.headlesscart.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Error plumbing and demo store on Payara Micro. */
class ErrorPlumbingOnMicroIT extends ErrorPlumbingContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundleWithFixtures();
    }
}
