package org.headlesscart.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;

/** {@link FuzzContract} on Payara Micro, in a database of its own (failsafe execution {@code fuzz}). */
@Tag("fuzz")
class FuzzOnMicroIT extends FuzzContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle();
    }
}
