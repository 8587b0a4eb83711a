package org.headlesscart.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;

/** {@link HostedCheckoutRateLimitContract} in a browser on Payara Micro, in the rate-limits execution. */
@Tag("rate-limits")
class HostedCheckoutRateLimitOnMicroIT extends HostedCheckoutRateLimitContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle();
    }
}
