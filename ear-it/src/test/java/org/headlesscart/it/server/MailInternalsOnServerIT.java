package org.headlesscart.it.server;

import org.headlesscart.it.MailInternalsContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** {@link MailInternalsContract} on Payara Server: the EAR with the order-event probe in its WAR. */
class MailInternalsOnServerIT extends MailInternalsContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.earWithWarClasses((Object[]) PROBE);
    }
}
