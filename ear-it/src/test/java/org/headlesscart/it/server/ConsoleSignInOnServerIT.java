package org.headlesscart.it.server;

import org.headlesscart.it.ConsoleSignInContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The console's sign-in in a browser on Payara Server 6, against the EAR as built. */
class ConsoleSignInOnServerIT extends ConsoleSignInContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
