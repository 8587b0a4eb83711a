package org.headlesscart.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;

/** {@link TaxShippingAdminContract} on Payara Micro, in the catalog-writes execution's own database. */
@Tag("catalog-writes")
class TaxShippingAdminOnMicroIT extends TaxShippingAdminContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle();
    }
}
