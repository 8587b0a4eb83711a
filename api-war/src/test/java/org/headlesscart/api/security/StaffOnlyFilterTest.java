package org.headlesscart.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;

import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.headlesscart.api.Captures;
import org.headlesscart.api.http.JsonbConfiguration;
import org.headlesscart.customer.model.AccountView;
import org.junit.jupiter.api.Test;

/** Roles on the wire (the principal is the user id) and the admin routes' guard (contract §10, §11.3). */
class StaffOnlyFilterTest {

    final Jsonb jsonb = JsonbBuilder.create(JsonbConfiguration.config());

    static AccountView user(long id, String role) {
        return new AccountView(id, "u" + id, "u" + id + "@example.com", role, "", "", "u" + id, "");
    }

    @Test
    void theSecurityContextNamesTheUserByIdAndKnowsItsWooCommerceRole() {
        SecurityContext manager = new CallerSecurityContext(user(3, "shop_manager"), false, SecurityContext.BASIC_AUTH);

        assertEquals("3", manager.getUserPrincipal().getName());
        assertTrue(manager.isUserInRole("shop_manager"));
        assertFalse(manager.isUserInRole("administrator"));
        assertFalse(manager.isUserInRole("Shop_manager"), "wire names exactly");
        assertEquals("BASIC", manager.getAuthenticationScheme());
    }

    @Test
    void administratorsAndShopManagersGetThrough() {
        assertNull(filter(new CallerSecurityContext(user(1, "administrator"), false, "BASIC")));
        assertNull(filter(new CallerSecurityContext(user(3, "shop_manager"), false, "BASIC")));
    }

    @Test
    void anAnonymousCallerIs401AndACustomerIs403WithCoCartsCode() {
        Response anonymous = filter(new AnonymousContext());
        Response customer = filter(new CallerSecurityContext(user(2, "customer"), false, "BASIC"));

        assertEquals(401, anonymous.getStatus());
        assertEquals("cocart_rest_cannot_view", body(anonymous).getString("code"));
        assertEquals(401, body(anonymous).getJsonObject("data").getInt("status"));
        assertEquals(403, customer.getStatus());
        assertEquals("cocart_rest_cannot_view", body(customer).getString("code"));
        assertEquals(403, body(customer).getJsonObject("data").getInt("status"));
        assertNull(customer.getHeaderString("WWW-Authenticate"), "no browser login dialog over a storefront");
    }

    private Response filter(SecurityContext security) {
        Response[] aborted = new Response[1];
        ContainerRequestContext request = (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getSecurityContext" -> security;
                    case "abortWith" -> {
                        aborted[0] = (Response) args[0];
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        new StaffOnlyFilter().filter(request);
        return aborted[0];
    }

    private JsonObject body(Response response) {
        return Captures.parse(jsonb.toJson(response.getEntity()));
    }

    /** What JAX-RS gives a request nobody authenticated. */
    static final class AnonymousContext implements SecurityContext {
        @Override
        public java.security.Principal getUserPrincipal() {
            return null;
        }

        @Override
        public boolean isUserInRole(String role) {
            return false;
        }

        @Override
        public boolean isSecure() {
            return false;
        }

        @Override
        public String getAuthenticationScheme() {
            return null;
        }
    }
}
