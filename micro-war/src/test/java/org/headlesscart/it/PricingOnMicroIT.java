package org.headlesscart.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;

/** {@link PricedCartContract} (with {@link PricingContract}) on Payara Micro, in the catalog-writes execution (it creates products and coupons). */
@Tag("catalog-writes")
class PricingOnMicroIT extends PricedCartContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle();
    }
}
