package org.headlesscart.it.server;

import org.headlesscart.it.ImportContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;

/** The WooCommerce CSV import on Payara Server, in the catalog-writes execution's own database. */
@Tag("catalog-writes")
class ImportOnServerIT extends ImportContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
