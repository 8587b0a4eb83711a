package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console's idle timeout ({@code headlesscart.console.idle-timeout}, docs/console.md), in the failsafe execution
 * {@code console-idle}, whose server runs with {@code HEADLESSCART_CONSOLE_IDLE_TIMEOUT=PT5S} so the test waits
 * seconds, not the default half hour; no other suite runs with that setting.
 */
@Tag("console-idle")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleIdleTimeoutOnMicroIT {

    /** What the execution sets (micro-war/pom.xml). */
    static final long IDLE_TIMEOUT_MILLIS = 5_000;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle();
    }

    @Test
    void aSessionIdleLongerThanTheTimeoutIsSignedOut() throws InterruptedException {
        ConsoleHttp manager = new ConsoleHttp(base).signedInAs(DemoLogins.MANAGER);
        assertEquals(200, manager.get("console/index.xhtml").statusCode());
        // Requests within the timeout keep the session: it is an idle timeout, not a lifetime.
        for (int i = 0; i < 3; i++) {
            Thread.sleep(IDLE_TIMEOUT_MILLIS / 2);
            assertEquals(200, manager.get("console/index.xhtml").statusCode(), "active after " + (i + 1) + " pauses");
        }
        Thread.sleep(IDLE_TIMEOUT_MILLIS + 2_000);
        HttpResponse<String> idle = manager.get("console/index.xhtml");
        assertEquals(302, idle.statusCode(), "idle past the timeout: " + idle.body());
        assertTrue(idle.headers().firstValue("Location").orElse("").endsWith("/console/login.xhtml"),
                idle.headers().toString());
    }
}
