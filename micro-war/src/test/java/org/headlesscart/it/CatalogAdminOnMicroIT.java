package org.headlesscart.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The catalog's admin API on Payara Micro, in the catalog-writes execution's own database. */
class CatalogAdminOnMicroIT extends CatalogAdminContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle();
    }
}
