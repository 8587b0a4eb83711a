package org.headlesscart.it.server;

import org.headlesscart.it.DatabaseOutageContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;

/**
 * {@link DatabaseOutageContract} on Payara Server, in the failsafe execution {@code database-outage}: the EJB
 * modules' own ejb-jar.xml and the probe datasource as the EAR deploys them.
 */
@Tag("database-outage")
class DatabaseOutageOnServerIT extends DatabaseOutageContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
