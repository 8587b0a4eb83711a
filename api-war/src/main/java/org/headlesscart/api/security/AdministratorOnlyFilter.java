package org.headlesscart.api.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Lets administrators through to {@link AdministratorOnly} routes, answering as {@link StaffOnlyFilter} does: an
 * anonymous caller gets 401 {@code cocart_rest_cannot_view}, any other user (a shop manager too) 403.
 */
@Provider
@AdministratorOnly
@Priority(Priorities.AUTHORIZATION)
@ApplicationScoped
public class AdministratorOnlyFilter implements ContainerRequestFilter {

    static final String ADMINISTRATOR = "administrator";

    @Override
    public void filter(ContainerRequestContext request) {
        SecurityContext security = request.getSecurityContext();
        if (security == null || security.getUserPrincipal() == null) {
            request.abortWith(AuthRefusal.STAFF_ONLY_ANONYMOUS.response());
        } else if (!security.isUserInRole(ADMINISTRATOR)) {
            request.abortWith(AuthRefusal.STAFF_ONLY.response());
        }
    }
}
