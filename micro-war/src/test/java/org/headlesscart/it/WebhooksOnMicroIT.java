package org.headlesscart.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;

/** {@link WebhooksContract} on Payara Micro. */
@Tag("catalog-writes")
class WebhooksOnMicroIT extends WebhooksContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle();
    }
}
