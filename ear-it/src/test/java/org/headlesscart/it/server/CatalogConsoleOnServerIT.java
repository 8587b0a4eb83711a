package org.headlesscart.it.server;

import org.headlesscart.it.CatalogConsoleContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;

/** The console's catalog pages in a browser on Payara Server 6, in the catalog-writes execution's own database. */
@Tag("catalog-writes")
class CatalogConsoleOnServerIT extends CatalogConsoleContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
