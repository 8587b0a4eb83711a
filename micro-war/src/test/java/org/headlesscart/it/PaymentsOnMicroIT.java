package org.headlesscart.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;

/** {@link PaymentsContract} on Payara Micro, in the catalog-writes execution (it creates products and orders). */
@Tag("catalog-writes")
class PaymentsOnMicroIT extends PaymentsContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle();
    }
}
