package org.headlesscart.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Carts and identity on Payara Micro, against the WAR bundle as built. */
class IdentityOnMicroIT extends IdentityContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle();
    }
}
