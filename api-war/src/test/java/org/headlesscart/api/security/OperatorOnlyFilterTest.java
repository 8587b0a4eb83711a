package org.headlesscart.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.util.Optional;

import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.headlesscart.api.Captures;
import org.headlesscart.api.http.JsonbConfiguration;
import org.junit.jupiter.api.Test;

class OperatorOnlyFilterTest {

    final Jsonb jsonb = JsonbBuilder.create(JsonbConfiguration.config());
    final OperatorOnlyFilter filter = new OperatorOnlyFilter();

    {
        filter.username = "operator";
        filter.password = Optional.of("s3cret");
    }

    @Test
    void letsTheOperatorThrough() {
        assertNull(filter(OperatorCredentialsTest.basic("operator:s3cret")));
    }

    @Test
    void refusesAnAnonymousRequestAsCoCartsAdminRoutesDo() {
        Response refused = filter(null);

        assertEquals(401, refused.getStatus());
        assertEquals("cocart_rest_cannot_view", body(refused).getString("code"));
        assertEquals(401, body(refused).getJsonObject("data").getInt("status"));
        assertEquals("Basic realm=\"headless-cart-admin\"", refused.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
    }

    @Test
    void refusesWrongCredentialsAsCoCartRefusesABadPassword() {
        Response refused = filter(OperatorCredentialsTest.basic("operator:guess"));

        assertEquals(401, refused.getStatus());
        assertEquals("cocart_authentication_error", body(refused).getString("code"));
        assertEquals("Basic realm=\"headless-cart-admin\"", refused.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
    }

    @Test
    void refusesEveryoneWhenNoPasswordIsConfigured() {
        filter.password = Optional.empty();

        assertEquals("cocart_authentication_error", body(filter(OperatorCredentialsTest.basic("operator:"))).getString("code"));
        assertEquals("cocart_rest_cannot_view", body(filter(null)).getString("code"));
    }

    /** Runs the filter on a request with this Authorization header; the response it aborts with, or null. */
    private Response filter(String authorization) {
        Response[] aborted = new Response[1];
        ContainerRequestContext request = (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeaderString" -> HttpHeaders.AUTHORIZATION.equals(args[0]) ? authorization : null;
                    case "abortWith" -> {
                        aborted[0] = (Response) args[0];
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        filter.filter(request);
        return aborted[0];
    }

    private JsonObject body(Response response) {
        return Captures.parse(jsonb.toJson(response.getEntity()));
    }
}
