package org.headlesscart.api.security;

import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Lets administrators and shop managers through to {@link StaffOnly} routes. As CoCart's sessions routes answer
 * (contract §10, §11.3): an anonymous caller gets 401 {@code cocart_rest_cannot_view}, any other user 403 with the
 * same code. Runs after authentication, so wrong credentials have already been answered.
 */
@Provider
@StaffOnly
@Priority(Priorities.AUTHORIZATION)
@ApplicationScoped
public class StaffOnlyFilter implements ContainerRequestFilter {

    /** WooCommerce's roles with {@code manage_woocommerce}. */
    static final Set<String> STAFF = Set.of("administrator", "shop_manager");

    @Override
    public void filter(ContainerRequestContext request) {
        SecurityContext security = request.getSecurityContext();
        if (security == null || security.getUserPrincipal() == null) {
            request.abortWith(AuthRefusal.STAFF_ONLY_ANONYMOUS.response());
        } else if (STAFF.stream().noneMatch(security::isUserInRole)) {
            request.abortWith(AuthRefusal.STAFF_ONLY.response());
        }
    }
}
