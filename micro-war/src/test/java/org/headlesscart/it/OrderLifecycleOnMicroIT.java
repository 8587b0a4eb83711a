package org.headlesscart.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;

/** {@link OrderLifecycleContract} on Payara Micro, with holds of a few seconds. */
@Tag("catalog-writes")
class OrderLifecycleOnMicroIT extends OrderLifecycleContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle().addAsLibrary(shortHolds());
    }
}
