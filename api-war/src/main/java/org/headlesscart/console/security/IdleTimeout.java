package org.headlesscart.console.security;

import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code headlesscart.console.idle-timeout} (default PT30M) on every session as it is created. Only the console's
 * pages create sessions (the API never does), so this is the console's idle timeout; web.xml cannot read
 * MicroProfile Config.
 */
@WebListener
public class IdleTimeout implements HttpSessionListener {

    @Inject
    @ConfigProperty(name = "headlesscart.console.idle-timeout", defaultValue = "PT30M")
    Duration idleTimeout;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval((int) Math.max(1, idleTimeout.toSeconds()));
    }
}
