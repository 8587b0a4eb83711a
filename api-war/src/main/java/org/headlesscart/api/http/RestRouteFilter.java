package org.headlesscart.api.http;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * WordPress's REST URLs without pretty permalinks: {@code /?rest_route=/cocart/v2/store} (and
 * {@code /index.php?rest_route=…}, which WordPress itself links to) is answered as {@code /wp-json/cocart/v2/store},
 * by a forward inside the application, so every JAX-RS filter (CORS, authentication, the cart's headers, the global
 * parameters) applies as to the pretty URL. The method, headers, body and the whole query string, {@code rest_route}
 * included, go along, as WordPress keeps it among the query parameters.
 *
 * <p>Only the query string is read (never {@code getParameter}, which would consume a form body the route still
 * has to read). An empty {@code rest_route} is no REST request, as in WordPress: the root answers as it did. A route
 * that WordPress would match to nothing (no leading {@code /}, an empty, {@code .} or {@code ..} segment) is
 * forwarded to the API's root marked {@link #INVALID}, and {@link RestRouteCheck} answers it 404
 * {@code rest_no_route} with the API's headers; anything else is escaped segment by segment, so a route can only
 * ever name a path below {@code /wp-json}.
 *
 * <p>Bounded before any work: a query string over {@code headlesscart.api.max-uri-bytes} is forwarded unread, so
 * that {@link RequestShapeFilter} refuses it (414) as it refuses any URL that long; a route over
 * {@value #MAX_ROUTE_CHARS} characters, far beyond any route, is marked {@link #TOO_LONG} and {@link RestRouteCheck}
 * refuses it with 400 {@code rest_invalid_param}.
 */
@WebFilter(filterName = "rest-route", urlPatterns = {"/", "/index.php"})
public class RestRouteFilter extends HttpFilter {

    static final String PARAMETER = "rest_route";
    /** Request attribute (a JAX-RS request property too) holding a route that can match nothing. */
    static final String INVALID = "headlesscart.rest-route.invalid";
    /** Request attribute (a JAX-RS request property too) marking a route over {@link #MAX_ROUTE_CHARS}. */
    static final String TOO_LONG = "headlesscart.rest-route.too-long";
    /** The longest route looked at; WordPress has no bound, but its routes are a few dozen characters. */
    static final int MAX_ROUTE_CHARS = 2048;
    private static final String API = "/wp-json";
    private static final String LITERAL = "-._~!$&'()*+,=:@";
    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestLimits limits;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getQueryString();
        if (query != null && query.length() > limits.maxUriBytes()) {
            if (query.contains("rest") || query.indexOf('%') >= 0) {     // the test route() begins with
                request.getRequestDispatcher(API + "/").forward(request, response);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        String route = route(query);
        if (route == null) {
            chain.doFilter(request, response);
            return;
        }
        boolean tooLong = route.length() > MAX_ROUTE_CHARS;
        String path = tooLong ? null : path(route);
        if (path == null) {
            request.setAttribute(tooLong ? TOO_LONG : INVALID, Boolean.TRUE);
            path = API + "/";
        }
        request.getRequestDispatcher(path).forward(request, response);
    }

    /** The last {@code rest_route} of a raw query string, decoded; null when there is none or it is empty. */
    static String route(String rawQuery) {
        if (rawQuery == null || !rawQuery.contains("rest") && rawQuery.indexOf('%') < 0) {
            return null;
        }
        String route = null;
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
            if (PARAMETER.equals(name)) {
                String value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
                route = value == null ? "\u0000" : value;     // a broken %-escape: a route that matches nothing
            }
        }
        return route == null || route.isEmpty() ? null : route;
    }

    /**
     * The path below the application to forward to: {@code /wp-json} and the route's segments, each %-escaped as
     * a path segment, without trailing slashes (WordPress's {@code untrailingslashit}); null when WordPress would
     * match the route to nothing.
     */
    static String path(String route) {
        if (!route.startsWith("/")) {
            return null;
        }
        String trimmed = route.replaceAll("[/\\\\]+$", "");
        StringBuilder path = new StringBuilder(API);
        if (trimmed.isEmpty()) {
            return path.append('/').toString();
        }
        for (String segment : trimmed.substring(1).split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return null;
            }
            path.append('/');
            escape(segment, path);
        }
        return path.toString();
    }

    private static void escape(String segment, StringBuilder path) {
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || LITERAL.indexOf(c) >= 0)) {
                path.append(c);
            } else {
                path.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
    }

    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException broken) {
            return null;
        }
    }
}
