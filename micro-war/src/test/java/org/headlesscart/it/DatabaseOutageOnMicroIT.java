package org.headlesscart.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** {@link DatabaseOutageContract} on Payara Micro, in the failsafe execution {@code database-outage}. */
class DatabaseOutageOnMicroIT extends DatabaseOutageContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle();
    }
}
