package org.headlesscart.it.server;

import org.headlesscart.it.OpenApiContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The OpenAPI document contract on Payara Server 6, against the EAR as built: the same docs/openapi.json. */
class OpenApiOnServerIT extends OpenApiContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
