package org.headlesscart.it.server;

import org.headlesscart.it.TaxonomyContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The Products API on Payara Server, against the EAR as built. */
class ProductsOnServerIT extends TaxonomyContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
