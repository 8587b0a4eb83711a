package org.headlesscart.it.server;

import org.headlesscart.it.HostedCheckoutRateLimitContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;

/** {@link HostedCheckoutRateLimitContract} in a browser on Payara Server, deployed as the EAR (execution rate-limits). */
@Tag("rate-limits")
class HostedCheckoutRateLimitOnServerIT extends HostedCheckoutRateLimitContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
