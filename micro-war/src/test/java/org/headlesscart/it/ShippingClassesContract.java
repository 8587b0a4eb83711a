package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Product shipping classes over HTTP: the admin routes ({@code wc/v3/products/shipping_classes}), a product's
 * {@code shipping_class} in the admin Products API (a variation shows its parent's when it has none). Runs in the catalog-writes execution's own database; names carry
 * a random suffix so that the tests do not depend on each other's leftovers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ShippingClassesContract {

    static final String ADMIN = "wp-json/wc/v3/";
    static final String CLASSES = "products/shipping_classes";
    static final String STAFF = "manager:managerpass";

    @ArquillianResource
    URL base;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    Http http() {
        return new Http(base);
    }

    @Test
    void shippingClassesAreCreatedListedChangedAndDeletedAsWooCommerceTerms() {
        assertEquals(401, http().get(http().at(ADMIN + CLASSES)).statusCode(), "staff only");
        HttpResponse<String> made = admin("POST", CLASSES, "{\"name\":\"Bulky " + run + "\",\"description\":\"Big\"}");
        assertEquals(201, made.statusCode(), made.body());
        JsonObject bulky = Http.object(made);
        long id = id(bulky);
        assertTrue(made.headers().firstValue("Location").orElseThrow().endsWith(CLASSES + "/" + id));
        assertEquals("Bulky " + run, bulky.getString("name"));
        assertEquals("bulky-" + run, bulky.getString("slug"));
        assertEquals("Big", bulky.getString("description"));
        assertEquals(0, bulky.getInt("count"));
        assertEquals("[\"id\",\"name\",\"slug\",\"description\",\"count\"]",
                keys(bulky), "WooCommerce's shipping class fields, in its order");

        assertCode(400, "term_exists", admin("POST", CLASSES, "{\"name\":\"bulky " + run + "\"}"));
        assertCode(400, "duplicate_term_slug", admin("POST", CLASSES, "{\"name\":\"Other\",\"slug\":\"bulky-" + run + "\"}"));
        assertCode(400, "rest_missing_callback_param", admin("POST", CLASSES, "{\"slug\":\"nameless-" + run + "\"}"));
        assertCode(400, "woocommerce_rest_taxonomy_not_hierarchical",
                admin("POST", CLASSES, "{\"name\":\"Child " + run + "\",\"parent\":" + id + "}"));

        assertEquals(bulky, ok(admin("GET", CLASSES + "/" + id, null)));
        HttpResponse<String> listed = admin("GET", CLASSES + "?search=" + run, null);
        assertEquals("1", listed.headers().firstValue("X-WP-Total").orElseThrow(), listed.body());
        assertEquals(id, id(Http.parse(listed.body()).asJsonArray().getJsonObject(0)));

        JsonObject renamed = ok(admin("PUT", CLASSES + "/" + id, "{\"slug\":\"oversize-" + run + "\"}"));
        assertEquals("oversize-" + run, renamed.getString("slug"));
        assertEquals("Bulky " + run, renamed.getString("name"), "fields not sent stay");

        assertCode(501, "woocommerce_rest_trash_not_supported", admin("DELETE", CLASSES + "/" + id, null));
        assertEquals(renamed, ok(admin("DELETE", CLASSES + "/" + id + "?force=true", null)));
        assertCode(404, "woocommerce_rest_term_invalid", admin("GET", CLASSES + "/" + id, null));
    }

    @Test
    void aProductTakesAClassBySlugAndAVariationWithoutOneShowsItsParents() {
        long freight = id(created(admin("POST", CLASSES, "{\"name\":\"Freight " + run + "\"}")));
        long parcel = id(created(admin("POST", CLASSES, "{\"name\":\"Parcel " + run + "\"}")));

        JsonObject crate = created(admin("POST", "products", "{\"name\":\"Crate " + run + "\",\"type\":\"variable\","
                + "\"shipping_class\":\"freight-" + run + "\",\"attributes\":[{\"name\":\"Size\",\"options\":[\"S\",\"L\"],"
                + "\"variation\":true}]}"));
        long crateId = id(crate);
        assertEquals("freight-" + run, crate.getString("shipping_class"));
        assertEquals(freight, crate.getJsonNumber("shipping_class_id").longValue());
        String variations = "products/" + crateId + "/variations";
        JsonObject small = created(admin("POST", variations, "{\"regular_price\":\"20\","
                + "\"attributes\":[{\"name\":\"Size\",\"option\":\"S\"}]}"));
        JsonObject large = created(admin("POST", variations, "{\"regular_price\":\"25\",\"shipping_class\":\"parcel-"
                + run + "\",\"attributes\":[{\"name\":\"Size\",\"option\":\"L\"}]}"));
        assertEquals("freight-" + run, small.getString("shipping_class"), "same as parent");
        assertEquals(freight, small.getJsonNumber("shipping_class_id").longValue());
        assertEquals(parcel, large.getJsonNumber("shipping_class_id").longValue(), "its own class");
        assertEquals(1, ok(admin("GET", CLASSES + "/" + freight, null)).getInt("count"),
                "the products and variations that name it themselves");

        JsonObject cleared = ok(admin("PUT", "products/" + crateId, "{\"shipping_class\":\"\"}"));
        assertEquals("", cleared.getString("shipping_class"));
        assertEquals(0, cleared.getInt("shipping_class_id"));
        assertEquals(0, ok(admin("GET", variations + "/" + id(small), null)).getInt("shipping_class_id"));
        ok(admin("PUT", "products/" + crateId, "{\"shipping_class\":\"freight-" + run + "\"}"));
        assertEquals(0, ok(admin("PUT", "products/" + crateId, "{\"shipping_class\":\"no-such-" + run + "\"}"))
                .getInt("shipping_class_id"), "an unknown slug is no class, as in WooCommerce");

        ok(admin("DELETE", CLASSES + "/" + parcel + "?force=true", null));
        assertEquals("", ok(admin("GET", variations + "/" + id(large), null)).getString("shipping_class"),
                "a deleted class leaves its products without one");
        HttpResponse<String> shown = http().get(http().at("wp-json/cocart/v2/products/" + crateId));
        assertEquals(200, shown.statusCode(), shown.body());
        JsonObject storefront = Http.object(shown);
        assertFalse(storefront.containsKey("shipping_class"), "CoCart's product answer has no shipping class");
    }

    private HttpResponse<String> admin(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http().at(ADMIN + path)).header("Authorization", basic())
                .header("Content-Type", "application/json")
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        return http().send(request);
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(STAFF.getBytes(StandardCharsets.UTF_8));
    }

    private static String keys(JsonObject object) {
        return object.keySet().stream().map(k -> "\"" + k + "\"").toList().toString().replace(", ", ",");
    }

    private static void assertCode(int status, String code, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(code, Http.object(response).getString("code"), response.body());
    }

    private static JsonObject created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return Http.object(response);
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Http.object(response);
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }
}
