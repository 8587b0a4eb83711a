package org.headlesscart.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

/** Which requests are preflights, and that they are answered before routing and before authentication. */
class CorsPreflightFilterTest {

    final CorsPreflightFilter filter = new CorsPreflightFilter();

    {
        filter.cors = CorsPolicy.of(List.of(CorsPolicyTest.SHOP), 600);
    }

    @Test
    void aPreflightIsAnsweredByTheFilter() {
        Response answer = filter("OPTIONS", Map.of("Origin", CorsPolicyTest.SHOP, "Access-Control-Request-Method", "POST"));

        assertEquals(200, answer.getStatus());
        assertEquals(CorsPolicyTest.SHOP, answer.getHeaderString("Access-Control-Allow-Origin"));
    }

    @Test
    void aPreflightFromAStrangerIsRefusedByTheFilter() {
        assertEquals(403, filter("OPTIONS",
                Map.of("Origin", CorsPolicyTest.STRANGER, "Access-Control-Request-Method", "GET")).getStatus());
    }

    @Test
    void otherRequestsGoOnToRoutingAndAuthentication() {
        assertNull(filter("OPTIONS", Map.of()), "a plain OPTIONS is JAX-RS's");
        assertNull(filter("OPTIONS", Map.of("Origin", CorsPolicyTest.SHOP)), "not a preflight without the method");
        assertNull(filter("GET", Map.of("Origin", CorsPolicyTest.SHOP, "Access-Control-Request-Method", "GET")));
    }

    @Test
    void runsBeforeRouteMatchingAndBeforeAuthentication() {
        assertTrue(CorsPreflightFilter.class.isAnnotationPresent(PreMatching.class), "unknown routes get preflights");
        assertTrue(CorsPreflightFilter.class.getAnnotation(Priority.class).value() < Priorities.AUTHENTICATION,
                "authentication never sees a preflight");
    }

    private Response filter(String method, Map<String, String> headers) {
        Response[] aborted = new Response[1];
        ContainerRequestContext request = (ContainerRequestContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getHeaderString" -> headers.get((String) args[0]);
                    case "abortWith" -> {
                        aborted[0] = (Response) args[0];
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        filter.filter(request);
        return aborted[0];
    }
}
