package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonObject;

import org.headlesscart.api.Captures;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the platform promises on the wire, checked over HTTP against the artifact exactly as built: the store
 * route, the error envelope for unknown routes, health, metrics and OpenAPI. One subclass per runtime: the
 * WAR bundle on Payara Micro here, the EAR on Payara Server in ear-it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class PlatformContract {

    static final String STORE = "wp-json/cocart/v2/store";

    @ArquillianResource
    URL base;

    Http http() {
        return new Http(base);
    }

    @Test
    void storeHasCoCartsFieldsInCoCartsOrderWithTheirJsonTypes() {
        HttpResponse<String> response = http().get(http().at(STORE));

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject store = Http.object(response);
        JsonObject capture = Captures.object("01-store");
        assertEquals(Captures.shape(capture), Captures.shape(store),
                "R-STORE: same keys, same order, same JSON types as 01-store");
    }

    @Test
    void storeDetailsComeFromConfiguration() {
        JsonObject store = Http.object(http().get(http().at(STORE)));

        assertEquals("Headless Cart Demo Store", store.getString("title"));
        assertEquals("en-US", store.getString("language"));
        assertEquals(0, store.getInt("gmt_offset"));
        assertEquals("US:CA", store.getJsonObject("store_address").getString("country"));
        assertTrue(store.getString("home_url").startsWith("http://"), "home_url defaults to the request's origin");
    }

    @Test
    void storeIsNotCacheableAndCarriesWordPressHeaders() {
        HttpResponse<String> response = http().get(http().at(STORE));

        assertEquals("no-store, no-cache, must-revalidate", response.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(response.headers().firstValue("Link").orElse("").contains("rel=\"https://api.w.org/\""));
    }

    @Test
    void unknownRouteIsRestNoRouteInTheEnvelope() {
        HttpResponse<String> response = http().get(http().at("wp-json/cocart/v2/cart/nonexistent"));

        assertEquals(404, response.statusCode());
        assertEquals(Captures.object("61-error-unknown-route"), Http.object(response), "R-ERR: as capture 61");
        assertEquals(Captures.shape(Captures.object("61-error-unknown-route")), Captures.shape(Http.object(response)));
    }

    @Test
    void wrongMethodOnAKnownRouteIsAlsoRestNoRoute() {
        HttpResponse<String> response = http().send("DELETE", http().at(STORE), "application/json", "");

        assertEquals(404, response.statusCode());
        assertEquals("rest_no_route", Http.object(response).getString("code"));
    }

    @Test
    void pathOutsideTheRestApiGetsJsonNotHtml() {
        HttpResponse<String> response = http().get(http().at("no-such-page"));

        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                "never the server's HTML error page");
        JsonObject error = Http.object(response);
        assertEquals("rest_no_route", error.getString("code"));
        assertEquals(404, error.getJsonObject("data").getInt("status"));
    }

    @Test
    void readinessChecksTheDatabase() {
        HttpResponse<String> response = http().get(http().atServerRoot("health/ready"));

        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = Http.object(response);
        assertEquals("UP", health.getString("status"));
        assertTrue(response.body().contains("\"database\""), "our readiness check is registered: " + response.body());
    }

    @Test
    void metricsAndOpenApiAreServed() {
        HttpResponse<String> metrics = http().get(http().atServerRoot("metrics"), "text/plain");
        HttpResponse<String> openapi = http().get(http().atServerRoot("openapi"));

        assertEquals(200, metrics.statusCode(), metrics.body());
        assertTrue(metrics.body().contains("# TYPE"), "Prometheus text format");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/wp-json/cocart/v2/store"), "the store route is documented");
    }

    @Test
    void openApiShowsTheCartHeadersOnTheCartRoutes() {
        HttpResponse<String> response = http().get(http().atServerRoot("openapi"), "application/json");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject openapi = Http.object(response);
        JsonObject paths = openapi.getJsonObject("paths");

        assertEquals(List.of("CoCart-API-Cart-Key", "If-Match", "Idempotency-Key"),
                headerRefs(paths.getJsonObject("/wp-json/cocart/v2/cart/add-item").getJsonObject("post")));
        assertEquals(List.of("CoCart-API-Cart-Key", "If-Match", "Idempotency-Key"),
                headerRefs(paths.entrySet().stream().filter(path -> path.getKey().startsWith("/wp-json/cocart/v2/cart/item/"))
                        .findFirst().orElseThrow().getValue().asJsonObject().getJsonObject("delete")));
        JsonObject cart = paths.getJsonObject("/wp-json/cocart/v2/cart").getJsonObject("get");
        assertEquals(List.of("CoCart-API-Cart-Key", "If-Match", "If-None-Match"), headerRefs(cart));
        assertEquals("#/components/responses/CartAnswer",
                cart.getJsonObject("responses").getJsonObject("200").getString("$ref"));

        JsonObject components = openapi.getJsonObject("components");
        JsonObject idempotencyKey = components.getJsonObject("parameters").getJsonObject("Idempotency-Key");
        assertEquals("header", idempotencyKey.getString("in"));
        assertTrue(idempotencyKey.getString("description").contains("cocart_idempotency_key_reused"));
        assertEquals(Set.of("ETag", "CoCart-API-Cart-Key", "CoCart-API-Cart-Expiring", "CoCart-API-Cart-Expiration",
                "Idempotent-Replayed"), components.getJsonObject("responses").getJsonObject("CartAnswer")
                        .getJsonObject("headers").keySet());
    }

    /** The names of the parameter components an operation refers to, in order (a path parameter is not one). */
    private static List<String> headerRefs(JsonObject operation) {
        return operation.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                .filter(parameter -> parameter.containsKey("$ref"))
                .map(parameter -> parameter.getString("$ref").replace("#/components/parameters/", ""))
                .toList();
    }
}
