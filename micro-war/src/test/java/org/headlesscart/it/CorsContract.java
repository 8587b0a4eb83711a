package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;


import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R-CORS (issue 5, contract §8): a storefront on another origin can call every route from a browser. The runtime is
 * configured (failsafe environment) with {@code HEADLESSCART_API_CORS_ALLOWED_ORIGINS} =
 * {@value #SHOP},http://localhost:3000 and no wildcard. One subclass per runtime.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class CorsContract {

    static final String SHOP = "https://shop.example.test";
    static final String STRANGER = "https://evil.example.test";
    static final String V2 = "wp-json/cocart/v2/";

    /** A sample of routes and the method a browser would preflight: cart, item, catalog, login, admin, no route. */
    static final Map<String, String> SAMPLE = sample();

    @ArquillianResource
    URL base;

    Http http() {
        return new Http(base);
    }

    @Test
    void everySampledRouteAnswersItsPreflightWithoutAuthentication() {
        for (Map.Entry<String, String> route : SAMPLE.entrySet()) {
            HttpResponse<String> answer = preflight(route.getValue(), route.getKey(), SHOP);
            System.out.println("CORS preflight " + route.getValue() + " /" + route.getKey() + " from " + SHOP
                    + " -> " + answer.statusCode() + " " + corsHeaders(answer));

            assertEquals(200, answer.statusCode(), route + ": " + answer.body());
            assertEquals(SHOP, header(answer, "Access-Control-Allow-Origin"), route.toString());
            assertEquals("true", header(answer, "Access-Control-Allow-Credentials"), route.toString());
            assertEquals("OPTIONS, GET, POST, PUT, PATCH, DELETE", header(answer, "Access-Control-Allow-Methods"));
            assertEquals("600", header(answer, "Access-Control-Max-Age"), "the default max age");
            assertTrue(varies(answer), route.toString());
            assertTrue(list(answer, "Access-Control-Allow-Headers").containsAll(List.of("Authorization", "Content-Type",
                    "CoCart-API-Cart-Key", "Cart-Key", "If-None-Match", "If-Match", "Idempotency-Key", "X-WP-Nonce")));
        }
    }

    @Test
    void aPreflightFromAnotherOriginIsRefusedInTheEnvelopeWithoutAllowHeaders() {
        HttpResponse<String> answer = preflight("POST", V2 + "cart/add-item", STRANGER);
        System.out.println("CORS preflight POST /" + V2 + "cart/add-item from " + STRANGER + " -> "
                + answer.statusCode() + " " + corsHeaders(answer) + " " + answer.body());

        assertEquals(403, answer.statusCode());
        assertEquals("cocart_cors_origin_not_allowed", Http.object(answer).getString("code"));
        assertEquals(403, Http.object(answer).getJsonObject("data").getInt("status"));
        assertEquals(Map.of(), corsHeaders(answer));
    }

    @Test
    void aSuccessCarriesTheGrantAndExposesTheCartHeaders() {
        HttpResponse<String> added = send("POST", V2 + "cart/add-item", SHOP, "{\"id\": \"10\", \"quantity\": \"1\"}");
        System.out.println("CORS POST /" + V2 + "cart/add-item from " + SHOP + " -> " + added.statusCode() + " "
                + corsHeaders(added));

        assertEquals(200, added.statusCode(), added.body());
        assertGranted(added);
        assertTrue(added.headers().firstValue("CoCart-API-Cart-Key").isPresent());
        assertTrue(list(added, "Access-Control-Expose-Headers").containsAll(List.of("CoCart-API-Cart-Key",
                "CoCart-API-Cart-Expiring", "CoCart-API-Cart-Expiration", "CoCart-Timestamp", "CoCart-Version",
                "Cart-Key", "ETag", "X-WP-Total", "X-WP-TotalPages", "Link")));
        assertGranted(send("GET", V2 + "products?per_page=2", SHOP, null));
    }

    @Test
    void errorsCarryTheGrantToo() {
        HttpResponse<String> refused = send("POST", V2 + "cart/add-item", SHOP, "{\"id\": \"99999\", \"quantity\": \"1\"}");
        HttpResponse<String> noRoute = send("GET", V2 + "no-such-route", SHOP, null);
        HttpResponse<String> wrongMethod = send("DELETE", V2 + "store", SHOP, null);
        HttpResponse<String> anonymousAdmin = send("GET", "wp-json/wc/v3/products", SHOP, null);
        HttpResponse<String> badJson = send("POST", V2 + "cart/add-item", SHOP, "{not json");
        System.out.println("CORS errors from " + SHOP + ": add-item " + refused.statusCode() + ", no route "
                + noRoute.statusCode() + ", wrong method " + wrongMethod.statusCode() + ", admin "
                + anonymousAdmin.statusCode() + ", bad JSON " + badJson.statusCode() + " " + corsHeaders(refused));

        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(404, noRoute.statusCode());
        assertEquals(404, wrongMethod.statusCode());
        assertEquals(401, anonymousAdmin.statusCode());
        assertEquals(400, badJson.statusCode());
        for (HttpResponse<String> error : List.of(refused, noRoute, wrongMethod, anonymousAdmin, badJson)) {
            assertGranted(error);
        }
    }

    @Test
    void anotherOriginGetsItsAnswerButNoAllowHeaders() {
        HttpResponse<String> products = send("GET", V2 + "products?per_page=2", STRANGER, null);
        HttpResponse<String> error = send("GET", V2 + "no-such-route", STRANGER, null);

        assertEquals(200, products.statusCode(), "the server answers; the browser withholds it");
        assertEquals(Map.of(), corsHeaders(products));
        assertEquals(Map.of(), corsHeaders(error));
        assertTrue(varies(products), "caches must not serve it to the shop");
    }

    @Test
    void aSecondListedOriginIsEchoedExactly() {
        HttpResponse<String> answer = preflight("GET", V2 + "cart", "http://localhost:3000");

        assertEquals("http://localhost:3000", header(answer, "Access-Control-Allow-Origin"));
    }

    static void assertGranted(HttpResponse<String> response) {
        String what = response.request().method() + " " + response.uri() + " " + response.statusCode();
        assertEquals(SHOP, header(response, "Access-Control-Allow-Origin"), what);
        assertEquals("true", header(response, "Access-Control-Allow-Credentials"), what);
        assertTrue(varies(response), what);
        assertFalse(header(response, "Access-Control-Expose-Headers").isEmpty(), what);
    }

    HttpResponse<String> preflight(String method, String path, String origin) {
        return preflight(http(), method, path, origin);
    }

    HttpResponse<String> send(String method, String path, String origin, String json) {
        return send(http(), method, path, origin, json);
    }

    static HttpResponse<String> preflight(Http http, String method, String path, String origin) {
        return http.send(HttpRequest.newBuilder(http.at(path)).header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "authorization, content-type, cart-key")
                .method("OPTIONS", BodyPublishers.noBody()));
    }

    static HttpResponse<String> send(Http http, String method, String path, String origin, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.at(path)).header("Origin", origin)
                .header("Accept", "application/json");
        return http.send(json == null ? request.method(method, BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, BodyPublishers.ofString(json)));
    }

    static String header(HttpResponse<String> response, String name) {
        return String.join(", ", response.headers().allValues(name));
    }

    static List<String> list(HttpResponse<String> response, String name) {
        return List.of(header(response, name).split(",\\s*"));
    }

    static boolean varies(HttpResponse<String> response) {
        return list(response, "Vary").stream().anyMatch("Origin"::equalsIgnoreCase);
    }

    /** The Access-Control-* headers of an answer, sorted, for the assertions and the printed report. */
    static Map<String, String> corsHeaders(HttpResponse<String> response) {
        Map<String, String> cors = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            if (name.toLowerCase().startsWith("access-control-")) {
                cors.put(name, String.join(", ", values));
            }
        });
        return cors;
    }

    private static Map<String, String> sample() {
        Map<String, String> routes = new LinkedHashMap<>();
        routes.put(V2 + "cart", "GET");
        routes.put(V2 + "cart/add-item", "POST");
        routes.put(V2 + "cart/item/d3d9446802a44259755d38e6d163e820", "DELETE");
        routes.put(V2 + "products", "GET");
        routes.put(V2 + "login", "POST");
        routes.put("wp-json/wc/v3/products", "POST");
        routes.put("wp-json/cocart/jwt/refresh-token", "POST");
        routes.put(V2 + "no-such-route", "PATCH");
        return routes;
    }
}
