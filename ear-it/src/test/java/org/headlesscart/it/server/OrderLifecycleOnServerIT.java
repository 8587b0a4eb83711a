package org.headlesscart.it.server;

import org.headlesscart.it.OrderLifecycleContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;

/** {@link OrderLifecycleContract} on Payara Server, deployed as the EAR with holds of a few seconds. */
@Tag("catalog-writes")
class OrderLifecycleOnServerIT extends OrderLifecycleContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear().addAsLibrary(shortHolds());
    }
}
