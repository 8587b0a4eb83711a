package org.headlesscart.it.server;

import org.headlesscart.it.WordPressGlobalsContract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** {@link WordPressGlobalsContract} on Payara Server, deployed as the EAR (context root "/"). */
class WordPressGlobalsOnServerIT extends WordPressGlobalsContract {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EarDeployments.ear();
    }
}
