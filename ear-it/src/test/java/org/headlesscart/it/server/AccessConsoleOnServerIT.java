package org.headlesscart.it.server;

import org.headlesscart.it.AccessConsoleContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;

/** The console's Access pages in a browser on Payara Server 6, against the EAR; they write (catalog-writes). */
@Tag("catalog-writes")
class AccessConsoleOnServerIT extends AccessConsoleContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
