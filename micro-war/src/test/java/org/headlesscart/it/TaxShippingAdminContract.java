package org.headlesscart.it;

import static org.headlesscart.it.DemoLogins.ADMIN;
import static org.headlesscart.it.DemoLogins.CUSTOMER;
import static org.headlesscart.it.DemoLogins.MANAGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The tax and shipping admin (docs/tax-and-shipping-admin.md): {@code wc/v3/taxes}, {@code taxes/classes},
 * {@code shipping/zones} with locations and methods, {@code shipping_methods} and the tax rate CSV import, with
 * WooCommerce's fields, codes and statuses. Runs on a database of its own, as it adds and deletes rates and zones;
 * the demo's rates and zones are there, and each test adds what it needs under unique names.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class TaxShippingAdminContract {

    private static final List<String> TAX_FIELDS = List.of("id", "country", "state", "postcode", "city", "rate",
            "name", "priority", "compound", "shipping", "order", "class", "postcodes", "cities", "_links");

    @ArquillianResource
    URL base;

    @Test
    void aTaxRateIsCreatedReadChangedAndDeletedAsWooCommerceDoesIt() {
        HttpResponse<String> created = send("POST", "taxes", MANAGER, "{\"country\":\"us\",\"state\":\"ca\","
                + "\"postcodes\":[\"90210\",\" 9021* \",\"*\",\"90000...90099\"],\"cities\":[\"beverly hills\"],"
                + "\"rate\":\"1.5\",\"name\":\"Local\",\"priority\":2,\"shipping\":false,\"order\":40}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject rate = Http.object(created);
        long id = rate.getJsonNumber("id").longValue();
        assertEquals(http().at("wp-json/wc/v3/taxes/" + id).toString(), created.headers().firstValue("Location")
                .orElse(""));
        assertEquals(TAX_FIELDS, List.copyOf(rate.keySet()));
        assertEquals("US", rate.getString("country"));
        assertEquals("CA", rate.getString("state"));
        assertEquals("1.5000", rate.getString("rate"), "WooCommerce's four-decimal string");
        assertEquals(List.of("90210", "9021*", "90000...90099"), strings(rate.getJsonArray("postcodes")),
                "upper-cased, trimmed, * dropped");
        assertEquals("90000...90099", rate.getString("postcode"), "the last row, as WooCommerce's v1 field");
        assertEquals(List.of("BEVERLY HILLS"), strings(rate.getJsonArray("cities")));
        assertEquals(2, rate.getInt("priority"));
        assertFalse(rate.getBoolean("compound"));
        assertFalse(rate.getBoolean("shipping"));
        assertEquals("standard", rate.getString("class"));

        HttpResponse<String> changed = send("PUT", "taxes/" + id, ADMIN,
                "{\"rate\":\"2.25\",\"cities\":[],\"class\":\"reduced-rate\"}");
        assertEquals(200, changed.statusCode(), changed.body());
        JsonObject after = Http.object(changed);
        assertEquals("2.2500", after.getString("rate"));
        assertEquals(List.of(), strings(after.getJsonArray("cities")), "an empty list clears");
        assertEquals(3, after.getJsonArray("postcodes").size(), "not sent, so kept");
        assertEquals("reduced-rate", after.getString("class"));
        assertEquals("Local", after.getString("name"));
        assertEquals(after, Http.object(send("GET", "taxes/" + id, MANAGER, null)));

        assertRefused(501, "woocommerce_rest_trash_not_supported", send("DELETE", "taxes/" + id, ADMIN, null));
        HttpResponse<String> deleted = send("DELETE", "taxes/" + id + "?force=true", ADMIN, null);
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertEquals(after, Http.object(deleted));
        assertRefused(404, "woocommerce_rest_invalid_id", send("GET", "taxes/" + id, ADMIN, null));
        assertRefused(400, "woocommerce_rest_invalid_id", send("DELETE", "taxes/" + id + "?force=true", ADMIN, null));
    }

    @Test
    void theListFiltersByClassAndPagesWithWordPressHeaders() {
        HttpResponse<String> zeroRates = send("GET", "taxes?class=zero-rate&per_page=100", MANAGER, null);
        assertEquals(200, zeroRates.statusCode(), zeroRates.body());
        JsonArray zero = Http.parse(zeroRates.body()).asJsonArray();
        assertFalse(zero.isEmpty(), "the demo's UK zero rate");
        zero.forEach(r -> assertEquals("zero-rate", r.asJsonObject().getString("class")));

        HttpResponse<String> page = send("GET", "taxes?per_page=2&page=2&orderby=id", MANAGER, null);
        assertEquals(200, page.statusCode(), page.body());
        assertEquals(2, Http.parse(page.body()).asJsonArray().size());
        long total = Long.parseLong(page.headers().firstValue("X-WP-Total").orElse("0"));
        assertTrue(total >= 19, "the demo's rates: " + total);
        assertEquals(String.valueOf((total + 1) / 2), page.headers().firstValue("X-WP-TotalPages").orElse(""));
        long first = Http.parse(page.body()).asJsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        JsonArray byOffset = Http.parse(send("GET", "taxes?per_page=2&offset=2&orderby=id", MANAGER, null).body())
                .asJsonArray();
        assertEquals(first, byOffset.getJsonObject(0).getJsonNumber("id").longValue(), "offset wins over page");

        assertRefused(400, "rest_invalid_param", send("GET", "taxes?class=no-such-class", MANAGER, null));
        assertRefused(400, "rest_invalid_param", send("GET", "taxes?orderby=rate", MANAGER, null));
        assertRefused(400, "rest_invalid_param", send("GET", "taxes?per_page=101", MANAGER, null));
    }

    @Test
    void aBatchAnswersEachItemAndRefusesOneItemAlone() {
        long kept = createRate("{\"country\":\"DE\",\"rate\":\"3\",\"name\":\"Kept\"}");
        long gone = createRate("{\"country\":\"DE\",\"rate\":\"4\",\"name\":\"Gone\"}");
        HttpResponse<String> batch = send("POST", "taxes/batch", ADMIN, "{\"create\":[{\"country\":\"AT\","
                + "\"rate\":\"20\",\"name\":\"USt.\"},{\"country\":\"Austria\",\"rate\":\"20\"}],"
                + "\"update\":[{\"id\":" + kept + ",\"name\":\"Changed\"},{\"id\":999999999,\"name\":\"x\"}],"
                + "\"delete\":[" + gone + ",999999998]}");
        assertEquals(200, batch.statusCode(), batch.body());
        JsonObject answer = Http.object(batch);
        assertEquals(List.of("create", "update", "delete"), List.copyOf(answer.keySet()));
        JsonArray creates = answer.getJsonArray("create");
        assertEquals("AT", creates.getJsonObject(0).getString("country"));
        assertEquals(0, creates.getJsonObject(1).getInt("id"));
        assertEquals("rest_invalid_param", creates.getJsonObject(1).getJsonObject("error").getString("code"));
        assertEquals("Changed", answer.getJsonArray("update").getJsonObject(0).getString("name"));
        JsonObject unknown = answer.getJsonArray("update").getJsonObject(1);
        assertEquals(999999999, unknown.getInt("id"));
        assertEquals(404, unknown.getJsonObject("error").getJsonObject("data").getInt("status"));
        assertEquals(gone, answer.getJsonArray("delete").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals("woocommerce_rest_invalid_id", answer.getJsonArray("delete").getJsonObject(1)
                .getJsonObject("error").getString("code"));
        assertRefused(404, "woocommerce_rest_invalid_id", send("GET", "taxes/" + gone, ADMIN, null));

        StringBuilder tooMany = new StringBuilder("{\"delete\":[");
        for (int i = 1; i <= 101; i++) {
            tooMany.append(i == 1 ? "" : ",").append(900_000_000 + i);
        }
        assertRefused(413, "woocommerce_rest_request_entity_too_large",
                send("POST", "taxes/batch", ADMIN, tooMany + "]}"));
        send("DELETE", "taxes/" + kept + "?force=true", ADMIN, null);
        send("DELETE", "taxes/" + creates.getJsonObject(0).getJsonNumber("id") + "?force=true", ADMIN, null);
    }

    @Test
    void badTaxRatesAreRefusedWithWordPressCodesAndStoreNothing() {
        long before = total("taxes");
        assertRefused(400, "rest_invalid_param", send("POST", "taxes", ADMIN, "{\"country\":\"USA\",\"rate\":\"5\"}"));
        assertRefused(400, "rest_invalid_param", send("POST", "taxes", ADMIN, "{\"rate\":\"five\"}"));
        assertRefused(400, "rest_invalid_param", send("POST", "taxes", ADMIN, "{\"rate\":\"-1\"}"));
        assertRefused(400, "rest_invalid_param", send("POST", "taxes", ADMIN, "{\"rate\":5}"));
        assertRefused(400, "rest_invalid_param", send("POST", "taxes", ADMIN, "{\"class\":\"luxury\"}"));
        assertRefused(400, "rest_invalid_param", send("POST", "taxes", ADMIN, "{\"priority\":\"high\"}"));
        assertRefused(400, "rest_invalid_param", send("POST", "taxes", ADMIN,
                "{\"name\":\"" + "x".repeat(201) + "\"}"));
        assertRefused(400, "woocommerce_rest_tax_exists", send("POST", "taxes", ADMIN, "{\"id\":1,\"rate\":\"5\"}"));
        assertRefused(400, "rest_invalid_json", send("POST", "taxes", ADMIN, "{\"rate\":"));
        assertEquals(before, total("taxes"));
        assertEquals(401, send("GET", "taxes", null, null).statusCode());
        assertEquals(403, send("GET", "taxes", CUSTOMER, null).statusCode());
        assertEquals(403, send("POST", "shipping/zones", CUSTOMER, "{\"name\":\"x\"}").statusCode());
    }

    @Test
    void taxClassesAreStandardFirstAndADeletedClassTakesItsRates() {
        JsonArray classes = Http.parse(send("GET", "taxes/classes", MANAGER, null).body()).asJsonArray();
        assertEquals("standard", classes.getJsonObject(0).getString("slug"));
        assertEquals("Standard rate", classes.getJsonObject(0).getString("name"));
        assertEquals(List.of("slug", "name", "_links"), List.copyOf(classes.getJsonObject(0).keySet()));
        assertEquals("reduced-rate", classes.getJsonObject(1).getString("slug"));
        assertEquals("zero-rate", classes.getJsonObject(2).getString("slug"));

        String name = "Luxury " + unique();
        HttpResponse<String> created = send("POST", "taxes/classes", ADMIN, "{\"name\":\"" + name + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        String slug = Http.object(created).getString("slug");
        assertEquals(name.toLowerCase().replace(' ', '-'), slug);
        assertRefused(400, "woocommerce_rest_tax_class_exists",
                send("POST", "taxes/classes", ADMIN, "{\"name\":\"" + name + "\"}"));
        assertRefused(400, "woocommerce_rest_tax_class_slug_exists",
                send("POST", "taxes/classes", ADMIN, "{\"name\":\"Standard\"}"));
        assertRefused(400, "woocommerce_rest_tax_class_invalid_name",
                send("POST", "taxes/classes", ADMIN, "{\"name\":\"  \"}"));
        assertRefused(400, "rest_missing_callback_param", send("POST", "taxes/classes", ADMIN, "{}"));
        JsonArray one = Http.parse(send("GET", "taxes/classes/" + slug, ADMIN, null).body()).asJsonArray();
        assertEquals(name, one.getJsonObject(0).getString("name"));
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, Http.parse(send("GET", "taxes/classes/nothing-here", ADMIN, null)
                .body()), "WooCommerce answers an empty list");

        long rate = createRate("{\"country\":\"GB\",\"rate\":\"25\",\"class\":\"" + slug + "\"}");
        assertRefused(501, "woocommerce_rest_trash_not_supported",
                send("DELETE", "taxes/classes/" + slug, ADMIN, null));
        HttpResponse<String> deleted = send("DELETE", "taxes/classes/" + slug + "?force=true", ADMIN, null);
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertRefused(404, "woocommerce_rest_invalid_id", send("GET", "taxes/" + rate, ADMIN, null));
        assertRefused(400, "woocommerce_rest_invalid_id",
                send("DELETE", "taxes/classes/standard?force=true", ADMIN, null));
    }

    @Test
    void zonesListZoneZeroFirstAndTheirLocationsAreReplacedByPut() {
        JsonArray zones = Http.parse(send("GET", "shipping/zones", MANAGER, null).body()).asJsonArray();
        JsonObject zero = zones.getJsonObject(0);
        assertEquals(0, zero.getInt("id"));
        assertEquals("Locations not covered by your other zones", zero.getString("name"));
        assertEquals(List.of("id", "name", "order", "_links"), List.copyOf(zero.keySet()));
        assertTrue(zones.stream().anyMatch(z -> "United States".equals(z.asJsonObject().getString("name"))));

        String name = "Zone " + unique();
        HttpResponse<String> created = send("POST", "shipping/zones", ADMIN, "{\"name\":\"" + name
                + "\",\"order\":7}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Http.object(created).getJsonNumber("id").longValue();
        assertEquals(7, Http.object(created).getInt("order"));
        HttpResponse<String> located = send("PUT", "shipping/zones/" + id + "/locations", ADMIN,
                "[{\"code\":\"US:CA\",\"type\":\"state\"},{\"code\":\"902*\",\"type\":\"postcode\"},"
                + "{\"code\":\"\",\"type\":\"country\"},{\"code\":\"X\",\"type\":\"planet\"},{\"code\":\"CA\"}]");
        assertEquals(200, located.statusCode(), located.body());
        JsonArray locations = Http.parse(located.body()).asJsonArray();
        assertEquals(3, locations.size(), "no code or an unknown type is skipped: " + located.body());
        assertEquals("country", locations.getJsonObject(2).getString("type"), "the default type");
        assertEquals(List.of("code", "type", "_links"), List.copyOf(locations.getJsonObject(0).keySet()));
        assertEquals(locations, Http.parse(send("GET", "shipping/zones/" + id + "/locations", ADMIN, null).body()));
        HttpResponse<String> replaced = send("PUT", "shipping/zones/" + id + "/locations", ADMIN,
                "[{\"code\":\"FR\"}]");
        assertEquals(1, Http.parse(replaced.body()).asJsonArray().size());

        HttpResponse<String> renamed = send("PUT", "shipping/zones/" + id, ADMIN, "{\"name\":\"" + name + " B\"}");
        assertEquals(name + " B", Http.object(renamed).getString("name"));
        assertEquals(7, Http.object(renamed).getInt("order"), "not sent, so kept");

        assertRefused(403, "woocommerce_rest_shipping_zone_invalid_zone",
                send("PUT", "shipping/zones/0", ADMIN, "{\"name\":\"Mine\"}"));
        assertRefused(403, "woocommerce_rest_shipping_zone_locations_invalid_zone",
                send("PUT", "shipping/zones/0/locations", ADMIN, "[{\"code\":\"US\"}]"));
        assertRefused(404, "woocommerce_rest_shipping_zone_invalid", send("GET", "shipping/zones/999999", ADMIN, null));
        assertRefused(400, "rest_missing_callback_param", send("POST", "shipping/zones", ADMIN, "{\"order\":1}"));
        assertRefused(501, "rest_trash_not_supported", send("DELETE", "shipping/zones/" + id, ADMIN, null));
        assertEquals(200, send("DELETE", "shipping/zones/" + id + "?force=true", ADMIN, null).statusCode());
        assertRefused(404, "woocommerce_rest_shipping_zone_invalid", send("GET", "shipping/zones/" + id, ADMIN, null));
    }

    @Test
    void zoneMethodsAreAddedWithSettingsChangedAndDeleted() {
        long zone = Http.object(send("POST", "shipping/zones", ADMIN, "{\"name\":\"Methods " + unique() + "\"}"))
                .getJsonNumber("id").longValue();
        HttpResponse<String> created = send("POST", "shipping/zones/" + zone + "/methods", ADMIN,
                "{\"method_id\":\"flat_rate\",\"settings\":{\"cost\":\"10 + [qty]\",\"title\":\"Courier\"}}");
        assertEquals(200, created.statusCode(), created.body());
        JsonObject method = Http.object(created);
        assertEquals(List.of("id", "instance_id", "title", "order", "enabled", "method_id", "method_title",
                "method_description", "settings", "_links"), List.copyOf(method.keySet()));
        long instance = method.getJsonNumber("instance_id").longValue();
        assertEquals("Courier", method.getString("title"));
        assertEquals("Flat rate", method.getString("method_title"));
        assertTrue(method.getBoolean("enabled"));
        JsonObject cost = method.getJsonObject("settings").getJsonObject("cost");
        assertEquals("10 + [qty]", cost.getString("value"));
        assertEquals(List.of("id", "label", "description", "type", "value", "default", "tip", "placeholder"),
                List.copyOf(cost.keySet()));
        assertTrue(method.getJsonObject("settings").getJsonObject("tax_status").containsKey("options"));

        HttpResponse<String> changed = send("PUT", "shipping/zones/" + zone + "/methods/" + instance, ADMIN,
                "{\"enabled\":false,\"order\":5,\"settings\":{\"tax_status\":\"none\"}}");
        assertEquals(200, changed.statusCode(), changed.body());
        JsonObject after = Http.object(changed);
        assertFalse(after.getBoolean("enabled"));
        assertEquals(5, after.getInt("order"));
        assertEquals("none", after.getJsonObject("settings").getJsonObject("tax_status").getString("value"));
        assertEquals("10 + [qty]", after.getJsonObject("settings").getJsonObject("cost").getString("value"),
                "settings not sent are kept");
        assertEquals(after, Http.object(send("GET", "shipping/zones/" + zone + "/methods/" + instance, ADMIN, null)));

        assertRefused(400, "rest_setting_value_invalid", send("PUT", "shipping/zones/" + zone + "/methods/"
                + instance, ADMIN, "{\"settings\":{\"tax_status\":\"sometimes\"}}"));
        assertRefused(400, "rest_invalid_param", send("POST", "shipping/zones/" + zone + "/methods", ADMIN,
                "{\"method_id\":\"teleport\"}"));
        assertRefused(400, "rest_missing_callback_param", send("POST", "shipping/zones/" + zone + "/methods", ADMIN,
                "{}"));
        assertRefused(404, "woocommerce_rest_shipping_zone_method_invalid",
                send("GET", "shipping/zones/0/methods/" + instance, ADMIN, null));
        assertRefused(404, "woocommerce_rest_shipping_zone_invalid",
                send("GET", "shipping/zones/999999/methods", ADMIN, null));
        assertRefused(501, "rest_trash_not_supported",
                send("DELETE", "shipping/zones/" + zone + "/methods/" + instance, ADMIN, null));
        assertEquals(200, send("DELETE", "shipping/zones/" + zone + "/methods/" + instance + "?force=true", ADMIN,
                null).statusCode());
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, Http.parse(send("GET", "shipping/zones/" + zone + "/methods",
                ADMIN, null).body()));

        JsonArray restOfWorld = Http.parse(send("GET", "shipping/zones/0/methods", MANAGER, null).body())
                .asJsonArray();
        assertEquals("flat_rate", restOfWorld.getJsonObject(0).getString("method_id"), "the demo's");
        JsonArray types = Http.parse(send("GET", "shipping_methods", MANAGER, null).body()).asJsonArray();
        assertEquals(List.of("flat_rate", "free_shipping", "local_pickup"),
                types.stream().map(t -> t.asJsonObject().getString("id")).toList());
        send("DELETE", "shipping/zones/" + zone + "?force=true", ADMIN, null);
    }

    @Test
    void theCsvImportTakesWooCommercesFormatAndReportsRefusedRows() {
        String name = "Imp" + unique();
        String csv = "Country code,State code,Postcode / ZIP,City,Rate %,Tax name,Priority,Compound,Shipping,"
                + "Tax class\r\n"
                + "US,CA,90210;9021*,\"Beverly Hills;Los Angeles\",9.5000," + name + ",2,0,1,\r\n"
                + "*,*,*,*,1.0000," + name + ",3,1,0,reduced-rate\r\n"
                + "USA,CA,,,5," + name + ",1,0,1,\r\n"
                + "US,NY,,,abc," + name + ",1,0,1,\r\n"
                + "US,TX,,,6.25," + name + ",1,0,1,no-such-class\r\n"
                + "US,TX,,,6.25\r\n";
        HttpResponse<String> imported = http().send(HttpRequest.newBuilder(http().at("wp-json/headlesscart/v1/"
                + "taxes/import")).header("Content-Type", "text/csv").header("Authorization", basic(MANAGER))
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
        assertEquals(200, imported.statusCode(), imported.body());
        JsonObject report = Http.object(imported);
        assertEquals(6, report.getInt("rows"));
        assertEquals(2, report.getInt("imported"));
        assertEquals(4, report.getInt("refused"));
        assertEquals(List.of(4, 5, 6, 7), report.getJsonArray("problems").stream()
                .map(p -> p.asJsonObject().getInt("line")).toList());

        long first = report.getJsonArray("ids").getJsonNumber(0).longValue();
        JsonObject rate = Http.object(send("GET", "taxes/" + first, ADMIN, null));
        assertEquals("9.5000", rate.getString("rate"));
        assertEquals(List.of("90210", "9021*"), strings(rate.getJsonArray("postcodes")));
        assertEquals(List.of("BEVERLY HILLS", "LOS ANGELES"), strings(rate.getJsonArray("cities")));
        JsonObject any = Http.object(send("GET", "taxes/" + report.getJsonArray("ids").getJsonNumber(1), ADMIN,
                null));
        assertEquals("", any.getString("country"), "* is any");
        assertTrue(any.getBoolean("compound"));
        assertEquals("reduced-rate", any.getString("class"));
        assertTrue(any.getInt("order") > rate.getInt("order"), "file order after the table's last rate");

        assertEquals(401, http().send(HttpRequest.newBuilder(http().at("wp-json/headlesscart/v1/taxes/import"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv))).statusCode());
        report.getJsonArray("ids").forEach(id -> send("DELETE", "taxes/" + id + "?force=true", ADMIN, null));
    }

    private long createRate(String body) {
        HttpResponse<String> created = send("POST", "taxes", ADMIN, body);
        assertEquals(201, created.statusCode(), created.body());
        return Http.object(created).getJsonNumber("id").longValue();
    }

    private long total(String route) {
        return Long.parseLong(send("GET", route, ADMIN, null).headers().firstValue("X-WP-Total").orElse("-1"));
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .toList();
    }

    private static void assertRefused(int status, String code, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        JsonObject error = Http.object(response);
        assertEquals(code, error.getString("code"), response.body());
        assertEquals(status, error.getJsonObject("data").getInt("status"));
    }

    private HttpResponse<String> send(String method, String route, String credentials, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http().at("wp-json/wc/v3/" + route))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (credentials != null) {
            request.header("Authorization", basic(credentials));
        }
        return http().send(request);
    }

    private Http http() {
        return new Http(base);
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** Unique per run and test, so a repeated run on a kept database never meets its own leftovers. */
    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
