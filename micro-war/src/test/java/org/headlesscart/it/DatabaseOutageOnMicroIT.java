package org.headlesscart.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;

/** {@link DatabaseOutageContract} on Payara Micro, in the failsafe execution {@code database-outage}. */
@Tag("database-outage")
class DatabaseOutageOnMicroIT extends DatabaseOutageContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle();
    }
}
