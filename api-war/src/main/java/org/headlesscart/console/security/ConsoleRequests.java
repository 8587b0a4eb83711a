package org.headlesscart.console.security;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headlesscart.api.security.TrustedProxies;

/**
 * The client address and scheme of a console request, believing {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} only from the API's trusted proxies ({@code headlesscart.auth.trusted-proxies}): the login
 * throttle counts the same addresses for both.
 */
@ApplicationScoped
public class ConsoleRequests {

    // A comma-separated string, split here: Payara's config producer cannot inject Optional<List<String>>.
    @Inject
    @ConfigProperty(name = "headlesscart.auth.trusted-proxies")
    Optional<String> trustedProxies;

    TrustedProxies proxies;

    @PostConstruct
    void init() {
        proxies = TrustedProxies.of(List.of(trustedProxies.orElse("").split(",")));
    }

    public String clientAddress(HttpServletRequest request) {
        return proxies.clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    /**
     * Whether the client reached the console over HTTPS: on this connection, or through a trusted proxy that says
     * {@code X-Forwarded-Proto: https} (TLS ended at the proxy). From anyone else the header is not believed.
     */
    public boolean isHttps(HttpServletRequest request) {
        return proxies.isHttps(request.isSecure(), request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"));
    }

    /** The servlet path plus path info: what {@link ConsolePaths} compares. */
    static String path(HttpServletRequest request) {
        String info = request.getPathInfo();
        return info == null ? request.getServletPath() : request.getServletPath() + info;
    }
}
