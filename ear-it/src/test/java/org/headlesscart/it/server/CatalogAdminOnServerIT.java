package org.headlesscart.it.server;

import org.headlesscart.it.CatalogAdminContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;

/** The catalog's admin API on Payara Server, in the catalog-writes execution's own database. */
@Tag("catalog-writes")
class CatalogAdminOnServerIT extends CatalogAdminContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
