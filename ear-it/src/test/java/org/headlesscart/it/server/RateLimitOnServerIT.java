package org.headlesscart.it.server;

import org.headlesscart.it.RateLimitContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;

/**
 * {@link RateLimitContract} on Payara Server, deployed as the EAR, with small limits and a database of its own
 * (execution {@code rate-limits}).
 */
@Tag("rate-limits")
class RateLimitOnServerIT extends RateLimitContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
