package org.headlesscart.it.server;

import org.headlesscart.it.PlatformContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The platform contract on Payara Server 6, against the EAR as built: this is the README's deployment to an
 * existing server, done by the adapter through the server's admin interface.
 */
class PlatformOnServerIT extends PlatformContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
