package org.headlesscart.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The console's Dashboard in a browser on Payara Micro, against the WAR bundle as built. */
class DashboardConsoleOnMicroIT extends DashboardConsoleContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle();
    }
}
