package org.headlesscart.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;

/** The console's catalog pages in a browser on Payara Micro, in the catalog-writes execution's own database. */
@Tag("catalog-writes")
class CatalogConsoleOnMicroIT extends CatalogConsoleContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle();
    }
}
