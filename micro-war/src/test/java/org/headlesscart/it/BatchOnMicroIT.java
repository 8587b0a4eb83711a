package org.headlesscart.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** {@link BatchContract} on Payara Micro. */
class BatchOnMicroIT extends BatchContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle();
    }
}
