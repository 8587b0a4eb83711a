package org.headlesscart.api.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import org.headlesscart.api.error.StatusErrors;

/**
 * The last guard of "every error under {@code /wp-json} is JSON in the envelope": an error status that leaves JAX-RS
 * without a body (a {@code Response.status(412).build()} anywhere, a refusal of a layer that only sets a status)
 * gets the envelope for its status. Without a body, the web container would write its own HTML page for it.
 */
@Provider
public class ErrorBodyFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() >= 400 && !response.hasEntity() && !"HEAD".equals(request.getMethod())) {
            response.setEntity(StatusErrors.of(response.getStatus()), null, MediaType.APPLICATION_JSON_TYPE);
        }
    }
}
