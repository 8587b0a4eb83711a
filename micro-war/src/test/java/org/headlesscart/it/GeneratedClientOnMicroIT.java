package org.headlesscart.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The generated Java client against Payara Micro, the WAR bundle as built. */
class GeneratedClientOnMicroIT extends GeneratedClientContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle();
    }
}
