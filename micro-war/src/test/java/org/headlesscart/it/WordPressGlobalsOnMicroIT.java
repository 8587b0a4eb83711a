package org.headlesscart.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** {@link WordPressGlobalsContract} on Payara Micro, against the WAR bundle as built. */
class WordPressGlobalsOnMicroIT extends WordPressGlobalsContract {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle();
    }
}
