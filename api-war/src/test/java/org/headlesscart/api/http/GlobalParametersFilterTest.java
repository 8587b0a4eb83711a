package org.headlesscart.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.headlesscart.api.error.CoCartError;
import org.junit.jupiter.api.Test;

/** {@code _fields} and {@code _envelope} applied to answers, as bytes whatever wrote them. */
class GlobalParametersFilterTest {

    static final String CART = "{\"cart_key\":\"t_1\",\"totals\":{\"subtotal\":\"3500\",\"total\":\"3500\"}}";
    static final String ERROR = "{\"code\":\"cocart_item_not_in_cart\",\"message\":\"m\",\"data\":{\"status\":404}}";

    int status;
    Object entity;
    MediaType type;
    final MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
    final Map<String, Object> properties = new HashMap<>();
    Response aborted;

    @Test
    void withoutEitherParameterTheAnswerIsUntouched() {
        byte[] body = CART.getBytes(StandardCharsets.UTF_8);
        answer(200, body);
        filter("cart_key=t_1&fields=totals");
        assertSame(body, entity);
        filter(null);
        assertSame(body, entity);
    }

    @Test
    void fieldsFilterASuccess() {
        answer(200, CART.getBytes(StandardCharsets.UTF_8));
        filter("_fields=totals.total");
        assertEquals("{\"totals\":{\"total\":\"3500\"}}", text());
        assertEquals(200, status);
    }

    @Test
    void fieldsNeverFilterAnError() {
        byte[] body = ERROR.getBytes(StandardCharsets.UTF_8);
        answer(404, body);
        filter("_fields=code");
        assertSame(body, entity);
    }

    @Test
    void fieldsOverTheirBoundsAreRefusedBeforeTheRequestRuns() {
        byte[] body = CART.getBytes(StandardCharsets.UTF_8);
        answer(200, body);
        filter("_fields=" + "a,".repeat(ResponseFields.MAX_NAMES) + "b");
        assertEquals(400, aborted.getStatus());
        assertEquals("rest_invalid_param", ((CoCartError) aborted.getEntity()).code());
        assertSame(body, entity, "the response filter never ran");
    }

    @Test
    void anEnvelopeWrapsAnErrorUnfilteredAndAnswers200() {
        answer(404, ERROR.getBytes(StandardCharsets.UTF_8));
        headers.add("CoCart-API-Cart-Key", "t_1");
        headers.add("Access-Control-Allow-Origin", "https://shop.example");
        headers.add("X-Robots-Tag", "noindex");

        filter("_fields=code&_envelope");

        assertEquals(200, status);
        assertEquals("{\"body\":" + ERROR + ",\"status\":404,\"headers\":{\"CoCart-API-Cart-Key\":\"t_1\","
                + "\"X-Robots-Tag\":\"noindex\"}}", text());
        assertFalse(headers.containsKey("CoCart-API-Cart-Key"), "only in the envelope");
        assertTrue(headers.containsKey("Access-Control-Allow-Origin"), "the browser needs it");
        assertTrue(headers.containsKey("X-Robots-Tag"));
    }

    @Test
    void anyValueOfEnvelopeCountsAsWordPressOnlyAsksIsset() {
        for (String query : List.of("_envelope", "_envelope=", "_envelope=1", "_envelope=maybe", "_envelope=0",
                "%5Fenvelope=1")) {
            answer(200, CART.getBytes(StandardCharsets.UTF_8));
            filter(query);
            assertTrue(text().startsWith("{\"body\":{\"cart_key\""), query);
        }
    }

    @Test
    void aNotModifiedAnswerIsEnvelopedWithANullBodyAndItsTag() {
        answer(304, null);
        headers.add("ETag", "\"abc\"");
        filter("_envelope=1");
        assertEquals(200, status);
        assertEquals("{\"body\":null,\"status\":304,\"headers\":{\"ETag\":\"\\\"abc\\\"\"}}", text());
        assertFalse(headers.containsKey("ETag"));
    }

    @Test
    void fieldsWithoutABodyLeaveTheAnswerAlone() {
        answer(204, null);
        filter("_fields=a");
        assertNull(entity);
        assertEquals(204, status);
    }

    @Test
    void theCheapTestLooksForEitherNameOrAnEscape() {
        assertFalse(GlobalParametersFilter.mayName(null));
        assertFalse(GlobalParametersFilter.mayName("cart_key=t_abc&fields=items"));
        assertTrue(GlobalParametersFilter.mayName("_fields=a"));
        assertTrue(GlobalParametersFilter.mayName("x&_envelope"));
        assertTrue(GlobalParametersFilter.mayName("%5Ffields=a"));
    }

    @Test
    void runsAfterEveryOtherResponseFilter() {
        // Response filters run from the highest priority down; the others have the default, 5000.
        assertTrue(GlobalParametersFilter.class.getAnnotation(Priority.class).value() < 5000);
        for (Class<?> other : List.of(CartHeadersFilter.class, CorsHeadersFilter.class, WordPressHeadersFilter.class,
                ErrorBodyFilter.class, OptionsAnswerFilter.class)) {
            assertNull(other.getAnnotation(Priority.class), other.getSimpleName());
        }
    }

    private void answer(int status, byte[] body) {
        this.status = status;
        this.entity = body;
        this.type = MediaType.valueOf("application/json; charset=UTF-8");
        headers.clear();
    }

    private String text() {
        return new String((byte[]) entity, StandardCharsets.UTF_8);
    }

    private void filter(String rawQuery) {
        MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                String[] nameValue = pair.split("=", 2);
                query.add(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
                        nameValue.length > 1 ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "");
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
                    case "getUriInfo" -> uri;
                    case "getMethod" -> "GET";
                    case "getHeaderString" -> null;
                    case "getProperty" -> properties.get(args[0]);
                    case "setProperty" -> properties.put((String) args[0], args[1]);
                    case "abortWith" -> {
                        aborted = (Response) args[0];
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        ContainerResponseContext response = (ContainerResponseContext) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {ContainerResponseContext.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "getStatus" -> status;
                    case "setStatus" -> {
                        status = (Integer) args[0];
                        yield null;
                    }
                    case "hasEntity" -> entity != null;
                    case "getEntity" -> entity;
                    case "getMediaType" -> type;
                    case "getEntityAnnotations" -> new java.lang.annotation.Annotation[0];
                    case "setEntity" -> {
                        entity = args[0];
                        type = (MediaType) args[2];
                        yield null;
                    }
                    case "getHeaders" -> headers;
                    case "getStringHeaders" -> {
                        MultivaluedHashMap<String, String> strings = new MultivaluedHashMap<>();
                        headers.forEach((name, values) -> values.forEach(v -> strings.add(name, String.valueOf(v))));
                        yield strings;
                    }
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        properties.clear();
        aborted = null;
        new GlobalParametersCheck().filter(request);
        if (aborted != null) {
            return;
        }
        try {
            new GlobalParametersFilter().filter(request, response);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
