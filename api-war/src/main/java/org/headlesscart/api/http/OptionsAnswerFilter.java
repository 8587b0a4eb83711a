package org.headlesscart.api.http;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * A plain {@code OPTIONS} (not a CORS preflight, which {@link CorsPreflightFilter} answers) gets what WordPress
 * answers with, in short: JSON naming the route's namespace and methods, beside the {@code Allow} header. JAX-RS's
 * own answer is a text list (or, with WADL on, an XML document).
 */
@Provider
public class OptionsAnswerFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod()) || response.getStatus() >= 300
                || MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType())) {
            return;
        }
        String allow = response.getHeaderString(HttpHeaders.ALLOW);
        List<String> methods = allow == null ? List.of() : Arrays.stream(allow.split(",")).map(String::strip)
                .filter(m -> !m.isEmpty() && !m.equals(HttpMethod.HEAD) && !m.equals(HttpMethod.OPTIONS)).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("namespace", namespace(request.getUriInfo().getPath()));
        body.put("methods", methods);
        response.setStatus(200);
        response.setEntity(body, null, MediaType.APPLICATION_JSON_TYPE);
    }

    /** The first two segments of the path below {@code /wp-json}, as WordPress names a namespace: cocart/v2. */
    static String namespace(String path) {
        String[] segments = path.replaceAll("^/+", "").split("/");
        return segments.length >= 2 ? segments[0] + "/" + segments[1] : segments[0];
    }
}
