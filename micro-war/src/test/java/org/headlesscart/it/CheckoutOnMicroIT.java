package org.headlesscart.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;

/** {@link CheckoutContract} on Payara Micro, in the catalog-writes execution (it creates products with stock). */
@Tag("catalog-writes")
class CheckoutOnMicroIT extends CheckoutContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle();
    }
}
