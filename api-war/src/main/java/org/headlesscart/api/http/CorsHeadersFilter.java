package org.headlesscart.api.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * The CORS headers of every response under {@code /wp-json}: successes, the exception mappers' errors, refusals of
 * authentication filters and {@code rest_no_route} alike, since all leave through JAX-RS's response filters. A
 * browser hides an error without them, so a storefront could not show "out of stock" to its customer.
 */
@Provider
@ApplicationScoped
public class CorsHeadersFilter implements ContainerResponseFilter {

    @Inject
    CorsPolicy cors;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        cors.decorate(request.getHeaderString("Origin"), response.getHeaders());
    }
}
