package org.headlesscart.console.security;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The container's 404 under {@code /console} (an unknown page: Faces finds no view, or no servlet serves the path) is
 * the console's own "not found" page, in its template, for the staff member who followed a stale link. Everything
 * else keeps the application's one error page ({@code /_error}, web.xml), the CoCart JSON envelope: the API above
 * all, and every other status under {@code /console}. Only a signed-in staff member gets this far: the sign-in
 * mechanism sends anyone else to the login page or the 403 page before any 404.
 */
@WebFilter(urlPatterns = "/_error", dispatcherTypes = DispatcherType.ERROR)
public class ConsoleNotFound extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (Integer.valueOf(HttpServletResponse.SC_NOT_FOUND).equals(status) && uri instanceof String path
                && path.startsWith(request.getContextPath())
                && ConsolePaths.isConsole(path.substring(request.getContextPath().length()))
                && !response.isCommitted()) {
            request.getRequestDispatcher(ConsolePaths.NOT_FOUND).forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
