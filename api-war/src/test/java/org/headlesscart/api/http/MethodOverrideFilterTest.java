package org.headlesscart.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;

/** {@code _method} and {@code X-HTTP-Method-Override}: POST only, before matching, after CORS preflights. */
class MethodOverrideFilterTest {

    String method;
    Response aborted;
    final Map<String, Object> properties = new HashMap<>();

    @Test
    void aPostWithMethodInItsQueryIsRoutedAsThatMethodUpperCased() {
        filter("POST", "cart_key=t_1&_method=delete", null);

        assertEquals("DELETE", method);
        assertEquals("POST", properties.get(MethodOverrideFilter.TRANSPORT_METHOD), "the method it came with");
    }

    @Test
    void theQueryWinsOverTheHeaderAndTheLastOfARepeatedParameterCounts() {
        filter("POST", "_method=PUT&_method=PATCH", "DELETE");
        assertEquals("PATCH", method);

        filter("POST", null, "delete");
        assertEquals("DELETE", method);
    }

    @Test
    void onlyAPostIsOverridden() {
        filter("GET", "_method=DELETE", "DELETE");
        assertEquals("GET", method, "a link or an image must never remove an item");
        filter("PUT", "_method=DELETE", null);
        assertEquals("PUT", method);
    }

    @Test
    void aValueThatIsNoHttpMethodIsRestNoRoute() {
        filter("POST", "_method=", null);
        assertEquals(404, aborted.getStatus());
        filter("POST", "_method=DE%20LETE", null);
        assertEquals(404, aborted.getStatus());
        assertEquals("POST", method, "not overridden");
    }

    @Test
    void anUnknownMethodIsLeftToRouting() {
        filter("POST", "_method=FOO", null);
        assertEquals("FOO", method, "no route has it: JAX-RS's 405 becomes rest_no_route");
        assertNull(aborted);
    }

    @Test
    void runsBeforeMatchingAfterPreflightsAndBeforeAuthentication() {
        assertTrue(MethodOverrideFilter.class.isAnnotationPresent(PreMatching.class));
        int priority = MethodOverrideFilter.class.getAnnotation(Priority.class).value();
        assertTrue(priority > CorsPreflightFilter.class.getAnnotation(Priority.class).value());
        assertTrue(priority > RequestShapeFilter.class.getAnnotation(Priority.class).value());
        assertTrue(priority < jakarta.ws.rs.Priorities.AUTHENTICATION);
    }

    private void filter(String sent, String rawQuery, String header) {
        method = sent;
        aborted = null;
        properties.clear();
        MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                String[] nameValue = pair.split("=", 2);
                query.add(nameValue[0], java.net.URLDecoder.decode(nameValue.length > 1 ? nameValue[1] : "",
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        UriInfo uri = (UriInfo) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "getRequestUri" -> URI.create("http://shop/wp-json/x" + (rawQuery == null ? "" : "?" + rawQuery));
                    case "getQueryParameters" -> query;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        ContainerRequestContext request = (ContainerRequestContext) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ContainerRequestContext.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "setMethod" -> {
                        method = (String) args[0];
                        yield null;
                    }
                    case "getUriInfo" -> uri;
                    case "getHeaderString" -> MethodOverrideFilter.HEADER.equals(args[0]) ? header : null;
                    case "setProperty" -> properties.put((String) args[0], args[1]);
                    case "getProperty" -> properties.get((String) args[0]);
                    case "abortWith" -> {
                        aborted = (Response) args[0];
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        new MethodOverrideFilter().filter(request);
    }
}
