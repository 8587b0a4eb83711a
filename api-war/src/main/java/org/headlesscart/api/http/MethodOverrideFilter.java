package org.headlesscart.api.http;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import org.headlesscart.api.error.RequestRefusals;
import org.headlesscart.api.error.StatusErrors;

/**
 * WordPress's method override for clients and proxies that only pass GET and POST: a POST with {@code _method} in
 * its query string, else an {@code X-HTTP-Method-Override} header, is routed as that method, upper-cased
 * ({@code POST /cart/item/{key}?_method=DELETE} removes the item). A method no route has, and a value that is no
 * HTTP method at all ({@code _method=}), is 404 {@code rest_no_route}, as WordPress answers both.
 *
 * <p>Only a POST is overridden, as WordPress's documentation asks of clients (WordPress itself honours it on any
 * method): a link or an image, which a browser fetches with GET from any site, must never remove an item. Before
 * route matching, so the overriding method chooses the route; after the request's shape is checked and after CORS
 * preflights, which are real OPTIONS requests whatever their actual request will say. Everything after sees the
 * overriding method: authentication (credentials in the POST's body still count, {@link #transportMethod}), the
 * cart writes' {@code If-Match} and the method an {@code Idempotency-Key} is bound to.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 50)
@ApplicationScoped
public class MethodOverrideFilter implements ContainerRequestFilter {

    static final String PARAMETER = "_method";
    static final String HEADER = "X-HTTP-Method-Override";
    /** The request property that keeps the method the request came with, once overridden. */
    static final String TRANSPORT_METHOD = "headlesscart.transport-method";

    /** An HTTP method is a token (RFC 9110 §9.1). */
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,32}");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.POST.equals(request.getMethod())) {
            return;
        }
        String override = override(request);
        if (override == null) {
            return;
        }
        if (!TOKEN.matcher(override).matches()) {
            request.abortWith(RequestRefusals.response(StatusErrors.of(404)));
            return;
        }
        request.setProperty(TRANSPORT_METHOD, HttpMethod.POST);
        request.setMethod(override.toUpperCase(Locale.ROOT));
    }

    /** {@code _method} (the last, as PHP reads a repeated parameter), else the header; null when neither. */
    private static String override(ContainerRequestContext request) {
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        if (query != null && (query.contains(PARAMETER) || query.indexOf('%') >= 0)) {
            List<String> values = request.getUriInfo().getQueryParameters().get(PARAMETER);
            if (values != null && !values.isEmpty()) {
                return values.get(values.size() - 1);
            }
        }
        return request.getHeaderString(HEADER);
    }

    /** The method the request was sent with, before any override: whether a body came with it. */
    public static String transportMethod(ContainerRequestContext request) {
        return request.getProperty(TRANSPORT_METHOD) instanceof String sent ? sent : request.getMethod();
    }
}
