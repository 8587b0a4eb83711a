package org.headlesscart.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;

/** The console's Access pages in a browser on Payara Micro; they write accounts and keys (catalog-writes). */
@Tag("catalog-writes")
class AccessConsoleOnMicroIT extends AccessConsoleContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle();
    }
}
