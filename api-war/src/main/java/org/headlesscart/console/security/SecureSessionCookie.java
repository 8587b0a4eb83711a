package org.headlesscart.console.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * {@code Secure} on the session cookie when the client's side is HTTPS but the connection to Payara is plain HTTP: a
 * TLS-terminating proxy among {@code headlesscart.auth.trusted-proxies} that says {@code X-Forwarded-Proto: https}.
 * Payara marks the cookie {@code Secure} only when the connection itself is HTTPS (glassfish-web.xml's
 * {@code cookieSecure} "dynamic" follows the connection; the listener's {@code scheme-mapping} would believe the header
 * from any client and is server configuration, not the application's). Payara writes the cookie into the response's
 * headers at the moment it creates a session or changes its id, so the pages (Faces creates the session for its view
 * state) get a request whose {@code getSession} and {@code changeSessionId} add {@code Secure} to that header right
 * after; the sign-in, which changes the id before any filter runs, calls {@link #mark} itself.
 */
@WebFilter(urlPatterns = {"/console/*", "/checkout", "/checkout/*"})
public class SecureSessionCookie extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern SECURE = Pattern.compile(";\\s*secure\\s*(;|$)", Pattern.CASE_INSENSITIVE);

    @Inject
    ConsoleRequests requests;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean byProxy = !request.isSecure() && requests.isHttps(request);
        chain.doFilter(byProxy ? new ProxiedHttps(request, response) : request, response);
    }

    /** Adds {@code Secure} to the session cookie this response sets, if it sets one without. */
    static void mark(HttpServletRequest request, HttpServletResponse response) {
        withSecure(response.getHeaders("Set-Cookie"), cookieName(request)).ifPresent(cookies -> {
            response.setHeader("Set-Cookie", cookies.get(0));
            cookies.stream().skip(1).forEach(cookie -> response.addHeader("Set-Cookie", cookie));
        });
    }

    /** The {@code Set-Cookie} values with {@code Secure} added to those of the named cookie; empty if none lacked it. */
    static Optional<List<String>> withSecure(Collection<String> setCookies, String name) {
        List<String> cookies = new ArrayList<>(setCookies);
        boolean changed = false;
        for (int i = 0; i < cookies.size(); i++) {
            String cookie = cookies.get(i);
            if (cookie.startsWith(name + "=") && !SECURE.matcher(cookie).find()) {
                cookies.set(i, cookie + "; Secure");
                changed = true;
            }
        }
        return changed ? Optional.of(cookies) : Optional.empty();
    }

    private static String cookieName(HttpServletRequest request) {
        String name = request.getServletContext().getSessionCookieConfig().getName();
        return name == null || name.isEmpty() ? "JSESSIONID" : name;
    }

    /** A request over HTTPS at the proxy: every session cookie Payara writes for it gets {@code Secure}. */
    static final class ProxiedHttps extends HttpServletRequestWrapper {

        private final HttpServletResponse response;

        ProxiedHttps(HttpServletRequest request, HttpServletResponse response) {
            super(request);
            this.response = response;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public HttpSession getSession(boolean create) {
            HttpSession session = super.getSession(create);
            if (create) {
                mark(this, response);
            }
            return session;
        }

        @Override
        public String changeSessionId() {
            String id = super.changeSessionId();
            mark(this, response);
            return id;
        }
    }
}
