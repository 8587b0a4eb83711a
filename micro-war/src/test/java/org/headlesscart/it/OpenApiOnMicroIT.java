package org.headlesscart.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The OpenAPI document contract on Payara Micro, against the WAR bundle as built. */
class OpenApiOnMicroIT extends OpenApiContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle();
    }
}
