package org.headlesscart.it.server;

import org.headlesscart.it.FuzzContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;

/** {@link FuzzContract} on Payara Server, deployed as the EAR, in a database of its own (execution {@code fuzz}). */
@Tag("fuzz")
class FuzzOnServerIT extends FuzzContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
