package org.headlesscart.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;

/** {@link RateLimitContract} on Payara Micro, with small limits and a database of its own (execution rate-limits). */
@Tag("rate-limits")
class RateLimitOnMicroIT extends RateLimitContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle();
    }
}
