package org.headlesscart.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The integration tests' SMTP server: a real one (GreenMail), started in the test JVM before any test class (and so
 * before any Payara server of the run) on the port the build reserved, {@code headlesscart.it.smtp-port}, and stopped
 * when the JVM's test session ends. The build points the servers at it ({@code HEADLESSCART_MAIL_HOST},
 * {@code HEADLESSCART_MAIL_PORT}); OrderMailContract reads what arrived. Registered through
 * {@code META-INF/services}, so every failsafe execution of micro-war and ear-it has it; without the property (unit
 * tests) it does nothing.
 */
public final class ItMailServer implements LauncherSessionListener {

    public static final String PORT_PROPERTY = "headlesscart.it.smtp-port";

    private static GreenMail server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stop();
    }

    /** The run's mail server; fails a test when the build started none. */
    public static synchronized GreenMail greenMail() {
        start();
        if (server == null) {
            throw new IllegalStateException("no SMTP server: the build sets " + PORT_PROPERTY);
        }
        return server;
    }

    private static synchronized void start() {
        String port = System.getProperty(PORT_PROPERTY, "");
        if (server != null || port.isBlank() || port.startsWith("${")) {
            return;
        }
        server = new GreenMail(new ServerSetup(Integer.parseInt(port), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    private static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
