package org.headlesscart.api.http;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.api.error.InvalidParamMapper;

/**
 * Reads {@code _fields} before anything runs, so a list over its bounds ({@link ResponseFields#parse}) is refused
 * with 400 {@code rest_invalid_param} before a write happens, rather than after it by the response filter. The list
 * read is kept as a request property for {@link GlobalParametersFilter}, which never parses and so never fails.
 * After the request's shape is checked and CORS preflights are answered (a preflight carries the URL's query too).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 55)
@ApplicationScoped
public class GlobalParametersCheck implements ContainerRequestFilter {

    /** The request property holding the {@link ResponseFields} a request named, when it named any. */
    static final String FIELDS = "headlesscart.fields";

    @Override
    public void filter(ContainerRequestContext request) {
        if (!GlobalParametersFilter.mayName(request.getUriInfo().getRequestUri().getRawQuery())) {
            return;
        }
        try {
            ResponseFields fields = GlobalParametersFilter.fields(request.getUriInfo().getQueryParameters());
            if (fields != null) {
                request.setProperty(FIELDS, fields);
            }
        } catch (InvalidParamException refused) {
            request.abortWith(new InvalidParamMapper().toResponse(refused));
        }
    }
}
