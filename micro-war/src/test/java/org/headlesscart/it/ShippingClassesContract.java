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

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Product shipping classes over HTTP: the admin routes ({@code wc/v3/products/shipping_classes}), a product's
 * {@code shipping_class} in the admin Products API (a variation shows its parent's when it has none), and the
 * WooCommerce CSV import's "Shipping class" column. Runs in the catalog-writes execution's own database; names carry
 * a random suffix so that the tests do not depend on each other's leftovers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ShippingClassesContract {

    static final String ADMIN = "wp-json/wc/v3/";
    static final String CLASSES = "products/shipping_classes";
    static final String IMPORT = "wp-json/headlesscart/v1/import/woocommerce";
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

    @Test
    void theImportReadsTheShippingClassColumnByNameAndCreatesNewClasses() {
        String parent = "SCV-" + run;
        String csv = "Type,SKU,Name,Published,Regular price,Shipping class,Parent,Attribute 1 name,"
                + "Attribute 1 value(s),Attribute 1 visible,Attribute 1 global\n"
                + "variable," + parent + ",Barrel " + run + ",1,,Heavy " + run + ",,Size,\"S, L\",1,0\n"
                + "variation," + parent + "-S,,1,20,," + parent + ",Size,S,,0\n"
                + "variation," + parent + "-L,,1,25,Light " + run + "," + parent + ",Size,L,,0\n";

        JsonObject report = Http.object(importCsv(csv));
        assertEquals("[]", report.getJsonArray("problems").toString(), report.toString());

        JsonObject heavy = classNamed("Heavy " + run);
        JsonObject light = classNamed("Light " + run);
        JsonObject barrel = productBySku(parent);
        assertEquals(heavy.getString("slug"), barrel.getString("shipping_class"));
        JsonArray variations = Http.parse(admin("GET", "products/" + id(barrel) + "/variations", null).body())
                .asJsonArray();
        for (JsonObject variation : variations.getValuesAs(JsonObject.class)) {
            long expected = variation.getString("sku").endsWith("-L") ? id(light) : id(heavy);
            assertEquals(expected, variation.getJsonNumber("shipping_class_id").longValue(), variation.toString());
        }

        Http.object(importCsv("Type,SKU,Name,Published,Regular price,Shipping class\n"
                + "simple,SCS-" + run + ",Box " + run + ",1,5,heavy " + run + "\n"));
        assertEquals(id(heavy), productBySku("SCS-" + run).getJsonNumber("shipping_class_id").longValue(),
                "an existing class found by name, whatever its case; none made twice");
        assertEquals("1", admin("GET", CLASSES + "?search=Heavy+" + run, null).headers().firstValue("X-WP-Total")
                .orElseThrow());
        Http.object(importCsv("Type,SKU,Name,Published,Regular price,Shipping class\n"
                + "simple,SCS-" + run + ",Box " + run + ",1,5,\n"));
        assertEquals(0, productBySku("SCS-" + run).getInt("shipping_class_id"), "an empty cell is no class");
    }

    private JsonObject classNamed(String name) {
        HttpResponse<String> list = admin("GET", CLASSES + "?search=" + name.replace(' ', '+'), null);
        JsonArray found = Http.parse(list.body()).asJsonArray();
        assertEquals(1, found.size(), list.body());
        assertEquals(name, found.getJsonObject(0).getString("name"));
        return found.getJsonObject(0);
    }

    private JsonObject productBySku(String sku) {
        JsonArray found = Http.parse(admin("GET", "products?sku=" + sku, null).body()).asJsonArray();
        assertEquals(1, found.size(), sku);
        return found.getJsonObject(0);
    }

    private HttpResponse<String> importCsv(String csv) {
        HttpResponse<String> response = http().send(HttpRequest.newBuilder(http().at(IMPORT))
                .header("Content-Type", "text/csv").header("Authorization", basic())
                .POST(BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
        assertEquals(200, response.statusCode(), response.body());
        return response;
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
