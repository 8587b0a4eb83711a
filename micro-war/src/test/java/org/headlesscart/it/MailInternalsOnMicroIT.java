package org.headlesscart.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** {@link MailInternalsContract} on Payara Micro: the WAR bundle with the order-event probe. */
class MailInternalsOnMicroIT extends MailInternalsContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle().addClasses(PROBE);
    }
}
