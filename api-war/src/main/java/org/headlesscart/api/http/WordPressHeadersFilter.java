package org.headlesscart.api.http;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Headers WordPress and CoCart put on every REST response, errors included (contract §9): the API discovery
 * link, no-sniff and no-index, and CoCart's no-cache set (WordPress's, with {@code private}, for a logged-in user).
 * Routes that are cacheable (products, with ETags) set their own {@code Cache-Control} and keep it.
 */
@Provider
public class WordPressHeadersFilter implements ContainerResponseFilter {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("X-Robots-Tag", "noindex");
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.add("Link", "<" + request.getUriInfo().getBaseUri() + ">; rel=\"https://api.w.org/\"");
        if (!headers.containsKey("Cache-Control") && request.getSecurityContext().getUserPrincipal() != null) {
            // WordPress's nocache headers for a logged-in user (captures 41, 42): "private", so no shared cache
            // keeps a customer's cart; no Last-Modified (upstream sends it empty).
            headers.putSingle("Expires", "Wed, 11 Jan 1984 05:00:00 GMT");
            headers.putSingle("Cache-Control", "no-cache, must-revalidate, max-age=0, no-store, private");
            headers.putSingle("Pragma", "no-cache");
        } else if (!headers.containsKey("Cache-Control")) {
            headers.putSingle("Expires", "Thu, 01-Jan-70 00:00:01 GMT");
            headers.putSingle("Last-Modified", HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC)));
            headers.putSingle("Cache-Control", "no-store, no-cache, must-revalidate");
            headers.putSingle("Pragma", "no-cache");
        }
    }
}
