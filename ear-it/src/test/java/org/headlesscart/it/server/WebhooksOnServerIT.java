package org.headlesscart.it.server;

import org.headlesscart.it.WebhooksContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;

/** {@link WebhooksContract} on Payara Server, deployed as the EAR. */
@Tag("catalog-writes")
class WebhooksOnServerIT extends WebhooksContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
