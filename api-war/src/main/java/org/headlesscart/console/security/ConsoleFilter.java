package org.headlesscart.console.security;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What every console response gets. {@code Cache-Control: no-store}: staff pages are not kept by the browser or a
 * proxy, so the back button after sign-out asks the server (and lands on the login page).
 * <p>
 * The session cookie's {@code Secure} flag behind a TLS-terminating proxy. Payara sets it by itself when the
 * connection is HTTPS ("dynamic", both runtimes); HttpOnly and SameSite=Lax come from web.xml. Behind a trusted proxy
 * that says {@code X-Forwarded-Proto: https} the connection is plain HTTP, so the cookie would lack the flag: this
 * filter creates the console session itself before the page does and adds {@code Secure} to the cookie just issued
 * (the container adds it to the response directly, past any wrapper). Sign-in, which issues a new id, does the same.
 */
@WebFilter(urlPatterns = "/console/*")
public class ConsoleFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleRequests requests;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        if (request.getSession(false) == null && requests.isProxiedHttps(request)) {
            request.getSession(true);
            requests.secureSessionCookie(request, response);
        }
        chain.doFilter(request, response);
    }
}
