package org.headlesscart.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The console's sign-in in a browser on Payara Micro, against the WAR bundle as built. */
class ConsoleSignInOnMicroIT extends ConsoleSignInContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle();
    }
}
