package org.headlesscart.it.server;

import org.jboss.arquillian.container.spi.event.container.BeforeStart;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Checks the test server's ports before Arquillian starts it (once per failsafe execution), so that a port taken
 * since the build reserved it fails the tests in seconds, by name, instead of after start-domain's timeout.
 */
public final class ServerPortsCheck implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Observer.class);
    }

    /** Arquillian instantiates observers itself. */
    public static final class Observer {

        public void beforeStart(@Observes BeforeStart event) {
            ServerPorts.fromSystemProperty().requireFree();
        }
    }
}
