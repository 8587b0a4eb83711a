package org.headlesscart.console.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headlesscart.api.security.TrustedProxies;

/**
 * The client address and HTTPS of a console request, believing forwarding headers only from the API's trusted
 * proxies ({@code headlesscart.auth.trusted-proxies}): the login throttle counts the same addresses for both.
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

    public boolean isHttps(HttpServletRequest request) {
        return proxies.isHttps(request.isSecure(), request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"));
    }

    /** Adds {@code Secure} to the session cookie set in this response when the client's side is HTTPS by proxy. */
    public void secureSessionCookie(HttpServletRequest request, HttpServletResponse response) {
        if (!isProxiedHttps(request)) {
            return;
        }
        String name = cookieName(request);
        List<String> cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
        boolean changed = false;
        for (int i = 0; i < cookies.size(); i++) {
            String cookie = cookies.get(i);
            if (cookie.startsWith(name + "=") && !cookie.toLowerCase(Locale.ROOT).contains("; secure")) {
                cookies.set(i, cookie + "; Secure");
                changed = true;
            }
        }
        if (changed) {
            response.setHeader("Set-Cookie", cookies.get(0));
            cookies.stream().skip(1).forEach(cookie -> response.addHeader("Set-Cookie", cookie));
        }
    }

    /** HTTPS as the client sees it, over plain HTTP from a trusted proxy. */
    public boolean isProxiedHttps(HttpServletRequest request) {
        return !request.isSecure() && isHttps(request);
    }

    private static String cookieName(HttpServletRequest request) {
        String name = request.getServletContext().getSessionCookieConfig().getName();
        return name == null ? "JSESSIONID" : name;
    }

    /** The servlet path plus path info: what {@link ConsolePaths} compares. */
    static String path(HttpServletRequest request) {
        String info = request.getPathInfo();
        return info == null ? request.getServletPath() : request.getServletPath() + info;
    }
}
