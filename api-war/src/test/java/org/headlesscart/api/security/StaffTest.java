package org.headlesscart.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.Principal;
import java.util.Set;

import jakarta.ws.rs.core.SecurityContext;

import org.headlesscart.api.error.ApiRefusal;
import org.junit.jupiter.api.Test;

/** Who may manage carts in session: 401 for nobody, 403 for a customer, through for staff. */
class StaffTest {

    static SecurityContext caller(String name, String... roles) {
        return new SecurityContext() {
            @Override public Principal getUserPrincipal() { return name == null ? null : () -> name; }
            @Override public boolean isUserInRole(String role) { return Set.of(roles).contains(role); }
            @Override public boolean isSecure() { return false; }
            @Override public String getAuthenticationScheme() { return name == null ? null : BASIC_AUTH; }
        };
    }

    @Test
    void anonymousCallersAreAskedToAuthenticate() {
        ApiRefusal refusal = assertThrows(ApiRefusal.class, () -> Staff.require(caller(null)));

        assertEquals(401, refusal.status());
        assertEquals("cocart_rest_cannot_view", refusal.code());
    }

    @Test
    void customersAreForbidden() {
        ApiRefusal refusal = assertThrows(ApiRefusal.class, () -> Staff.require(caller("3", "customer")));

        assertEquals(403, refusal.status());
        assertEquals("cocart_rest_cannot_view", refusal.code());
    }

    @Test
    void shopManagersAndAdministratorsPass() {
        Staff.require(caller("2", "shop_manager"));
        Staff.require(caller("1", "administrator"));
    }
}
