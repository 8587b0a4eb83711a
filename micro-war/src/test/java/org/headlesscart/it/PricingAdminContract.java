package org.headlesscart.it;

import static org.headlesscart.it.DemoLogins.ADMIN;
import static org.headlesscart.it.DemoLogins.CUSTOMER;
import static org.headlesscart.it.DemoLogins.MANAGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The pricing admin API (docs/pricing-admin.md) against the running server: coupons ({@code wc/v3/coupons}: CRUD,
 * batch, WooCommerce's refusals) and the store settings that change totals ({@code wc/v3/settings/general} and
 * {@code tax}). Reading the settings also proves that the pricing module is deployed and its rules load. Runs on a
 * database of its own, as it adds coupons and changes settings (and puts the settings back).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class PricingAdminContract {

    static final List<String> COUPON_FIELDS = List.of("id", "code", "amount", "status", "date_created",
            "date_created_gmt", "date_modified", "date_modified_gmt", "discount_type", "description", "date_expires",
            "date_expires_gmt", "usage_count", "individual_use", "product_ids", "excluded_product_ids", "usage_limit",
            "usage_limit_per_user", "limit_usage_to_x_items", "free_shipping", "product_categories",
            "excluded_product_categories", "exclude_sale_items", "minimum_amount", "maximum_amount",
            "email_restrictions", "used_by", "meta_data", "_links");

    @ArquillianResource
    URL base;

    @Test
    void theSettingsGroupsListWooCommercesSettingsWithTheDemoStoresValues() {
        HttpResponse<String> tax = send("GET", "settings/tax", MANAGER, null);
        assertEquals(200, tax.statusCode(), tax.body());
        JsonArray settings = Http.parse(tax.body()).asJsonArray();
        assertEquals(List.of("woocommerce_prices_include_tax", "woocommerce_tax_based_on",
                "woocommerce_shipping_tax_class", "woocommerce_tax_round_at_subtotal", "woocommerce_tax_display_shop",
                "woocommerce_tax_display_cart", "woocommerce_tax_total_display"),
                settings.stream().map(s -> s.asJsonObject().getString("id")).toList());
        JsonObject basedOn = settings.getJsonObject(1);
        assertEquals(List.of("id", "label", "description", "type", "default", "tip", "options", "value", "_links"),
                List.copyOf(basedOn.keySet()));
        assertEquals("select", basedOn.getString("type"));
        assertEquals("shipping", basedOn.getString("value"));
        assertEquals(List.of("shipping", "billing", "base"), List.copyOf(basedOn.getJsonObject("options").keySet()));
        assertEquals("excl", settings.getJsonObject(4).getString("value"), "the demo store shows prices excl. tax");
        assertEquals(List.of("id", "label", "description", "type", "default", "value", "_links"),
                List.copyOf(settings.getJsonObject(3).keySet()), "a checkbox has no options and this one no tip");
        assertEquals(http().at("wp-json/wc/v3/settings/tax/woocommerce_tax_round_at_subtotal").toString(),
                settings.getJsonObject(3).getJsonObject("_links").getJsonArray("self").getJsonObject(0)
                        .getString("href"));

        HttpResponse<String> general = send("GET", "settings/general", ADMIN, null);
        assertEquals(200, general.statusCode(), general.body());
        JsonObject calcTaxes = Http.parse(general.body()).asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("id").equals("woocommerce_calc_taxes")).findFirst().orElseThrow();
        assertEquals("yes", calcTaxes.getString("value"), "the demo store has taxes on");
        assertEquals("no", calcTaxes.getString("default"));
        HttpResponse<String> specific = send("GET", "settings/general/woocommerce_specific_ship_to_countries",
                ADMIN, null);
        assertEquals(200, specific.statusCode(), specific.body());
        assertEquals(JsonValue.ValueType.ARRAY, Http.type(Http.object(specific), "value"));
        assertEquals("United States", Http.object(specific).getJsonObject("options").getString("US"));
    }

    @Test
    void unknownGroupsAndSettingsAndBadValuesAreRefusedAsWooCommerceRefusesThem() {
        assertRefused(404, "rest_setting_setting_group_invalid", send("GET", "settings/products", ADMIN, null));
        assertRefused(404, "rest_setting_setting_invalid", send("GET", "settings/tax/woocommerce_calc_taxes",
                ADMIN, null));
        assertRefused(404, "rest_setting_setting_invalid", send("PUT", "settings/general/blogname", ADMIN,
                "{\"value\":\"x\"}"));
        assertRefused(400, "rest_setting_value_invalid", send("PUT", "settings/tax/woocommerce_tax_based_on",
                ADMIN, "{\"value\":\"moon\"}"));
        assertRefused(400, "rest_setting_value_invalid", send("PUT",
                "settings/tax/woocommerce_tax_round_at_subtotal", ADMIN, "{\"value\":\"maybe\"}"));
        assertRefused(400, "rest_setting_value_invalid", send("PUT",
                "settings/tax/woocommerce_tax_round_at_subtotal", ADMIN, "{}"));
        assertEquals(401, send("GET", "settings/tax", null, null).statusCode());
        assertEquals(403, send("GET", "settings/tax", CUSTOMER, null).statusCode());
        assertEquals(403, send("PUT", "settings/tax/woocommerce_tax_based_on", CUSTOMER, "{\"value\":\"base\"}")
                .statusCode());
    }

    @Test
    void aSettingChangesAndBatchesAnswerEachItemInPlace() {
        HttpResponse<String> changed = send("PUT", "settings/tax/woocommerce_tax_round_at_subtotal", MANAGER,
                "{\"value\":true}");
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("yes", Http.object(changed).getString("value"), "a JSON boolean is a checkbox's yes");
        assertEquals("yes", Http.object(send("GET", "settings/tax/woocommerce_tax_round_at_subtotal", ADMIN, null))
                .getString("value"));
        HttpResponse<String> countries = send("POST", "settings/general/woocommerce_specific_ship_to_countries",
                ADMIN, "{\"value\":[\"US\",\"GB\",\"XX\"]}");
        assertEquals(200, countries.statusCode(), countries.body());
        assertEquals(List.of("US", "GB"), Http.object(countries).getJsonArray("value").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList(),
                "WooCommerce drops the choices it does not know");

        HttpResponse<String> batch = send("POST", "settings/tax/batch", ADMIN, "{\"update\":["
                + "{\"id\":\"woocommerce_tax_round_at_subtotal\",\"value\":\"no\"},"
                + "{\"id\":\"woocommerce_tax_total_display\",\"value\":\"sideways\"},"
                + "{\"id\":\"woocommerce_tax_display_cart\",\"value\":\"excl\"}]}");
        assertEquals(200, batch.statusCode(), batch.body());
        JsonArray updated = Http.object(batch).getJsonArray("update");
        assertEquals("no", updated.getJsonObject(0).getString("value"));
        assertEquals("woocommerce_tax_total_display", updated.getJsonObject(1).getString("id"));
        assertEquals("rest_setting_value_invalid", updated.getJsonObject(1).getJsonObject("error").getString("code"));
        assertEquals("excl", updated.getJsonObject(2).getString("value"));
        assertEquals(200, send("PUT", "settings/general/woocommerce_specific_ship_to_countries", ADMIN,
                "{\"value\":[]}").statusCode());
        assertRefused(404, "rest_setting_setting_group_invalid", send("POST", "settings/shipping/batch", ADMIN,
                "{\"update\":[]}"));
    }

    @Test
    void aCouponIsMadeReadChangedTrashedAndDeletedAsWooCommerceDoesIt() {
        String code = unique();
        HttpResponse<String> created = send("POST", "coupons", MANAGER, "{\"code\":\"" + code.toUpperCase()
                + "\",\"amount\":\"12.5\",\"discount_type\":\"percent\",\"description\":\"Spring\","
                + "\"date_expires\":\"2030-06-30T23:59:59\",\"product_ids\":[10,11],\"minimum_amount\":\"20\","
                + "\"email_restrictions\":[\"*@Example.com\"],\"usage_limit\":5,\"free_shipping\":true}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject coupon = Http.object(created);
        assertEquals(COUPON_FIELDS, List.copyOf(coupon.keySet()));
        long id = coupon.getJsonNumber("id").longValue();
        assertEquals(http().at("wp-json/wc/v3/coupons/" + id).toString(),
                created.headers().firstValue("Location").orElse(""));
        assertEquals(code, coupon.getString("code"), "kept lower-case");
        assertEquals("12.50", coupon.getString("amount"));
        assertEquals("publish", coupon.getString("status"));
        assertEquals("2030-06-30T23:59:59", coupon.getString("date_expires"));
        assertEquals("2030-06-30T23:59:59", coupon.getString("date_expires_gmt"), "the demo store is on UTC");
        assertEquals("[10,11]", coupon.getJsonArray("product_ids").toString());
        assertEquals("20.00", coupon.getString("minimum_amount"));
        assertEquals("0.00", coupon.getString("maximum_amount"), "none, as WooCommerce writes it");
        assertEquals("[\"*@example.com\"]", coupon.getJsonArray("email_restrictions").toString());
        assertEquals(5, coupon.getInt("usage_limit"));
        assertEquals(JsonValue.NULL, coupon.get("usage_limit_per_user"), "unlimited");
        assertEquals(0, coupon.getInt("usage_count"));
        assertTrue(coupon.getBoolean("free_shipping"));

        HttpResponse<String> read = send("GET", "coupons/" + id, ADMIN, null);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(coupon, Http.object(read));
        HttpResponse<String> found = send("GET", "coupons?code=" + code.toUpperCase(), ADMIN, null);
        assertEquals("1", found.headers().firstValue("X-WP-Total").orElse(""));
        assertEquals(id, Http.parse(found.body()).asJsonArray().getJsonObject(0).getJsonNumber("id").longValue());

        HttpResponse<String> patched = send("PATCH", "coupons/" + id, ADMIN, "{\"amount\":\"15\",\"date_expires\":\"\","
                + "\"minimum_amount\":\"\"}");
        assertEquals(200, patched.statusCode(), patched.body());
        assertEquals("15.00", Http.object(patched).getString("amount"));
        assertEquals(JsonValue.NULL, Http.object(patched).get("date_expires"), "cleared");
        assertEquals("0.00", Http.object(patched).getString("minimum_amount"));
        assertEquals("percent", Http.object(patched).getString("discount_type"), "what was not sent stays");

        HttpResponse<String> trashed = send("DELETE", "coupons/" + id, ADMIN, null);
        assertEquals(200, trashed.statusCode(), trashed.body());
        assertEquals("trash", Http.object(trashed).getString("status"));
        assertRefused(410, "woocommerce_rest_already_trashed", send("DELETE", "coupons/" + id, ADMIN, null));
        assertEquals("0", send("GET", "coupons?code=" + code, ADMIN, null).headers().firstValue("X-WP-Total")
                .orElse(""), "the list leaves the trash out");
        HttpResponse<String> deleted = send("DELETE", "coupons/" + id + "?force=true", ADMIN, null);
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertRefused(404, "woocommerce_rest_shop_coupon_invalid_id", send("GET", "coupons/" + id, ADMIN, null));
    }

    @Test
    void theListPagesAndSearchesWithWordPresssHeaders() {
        HttpResponse<String> demo = send("GET", "coupons?per_page=2&orderby=id&order=asc", ADMIN, null);
        assertEquals(200, demo.statusCode(), demo.body());
        assertTrue(Long.parseLong(demo.headers().firstValue("X-WP-Total").orElse("0")) >= 7, "the demo coupons");
        JsonArray page = Http.parse(demo.body()).asJsonArray();
        assertEquals(2, page.size());
        assertEquals("save10", page.getJsonObject(0).getString("code"));
        assertTrue(demo.headers().firstValue("Link").orElse("").contains("rel=\"next\""));
        HttpResponse<String> searched = send("GET", "coupons?search=EXPIRED", ADMIN, null);
        assertEquals(List.of("expired20"), Http.parse(searched.body()).asJsonArray().stream()
                .map(c -> c.asJsonObject().getString("code")).toList());
        assertRefused(400, "rest_invalid_param", send("GET", "coupons?per_page=101", ADMIN, null));
        assertEquals(401, send("GET", "coupons", null, null).statusCode());
        assertEquals(403, send("GET", "coupons", CUSTOMER, null).statusCode());
        assertEquals(403, send("POST", "coupons", CUSTOMER, "{\"code\":\"" + unique() + "\"}").statusCode());
    }

    @Test
    void couponWritesAreRefusedWithWooCommercesCodes() {
        assertRefused(400, "woocommerce_rest_empty_coupon_code", send("POST", "coupons", ADMIN, "{\"amount\":\"5\"}"));
        assertRefused(400, "woocommerce_rest_empty_coupon_code", send("POST", "coupons", ADMIN, "{\"code\":\"  \"}"));
        assertRefused(400, "woocommerce_rest_coupon_code_already_exists", send("POST", "coupons", ADMIN,
                "{\"code\":\"SAVE10\"}"));
        assertRefused(400, "woocommerce_rest_shop_coupon_exists", send("POST", "coupons", ADMIN,
                "{\"id\":5,\"code\":\"" + unique() + "\"}"));
        assertRefused(400, "coupon_invalid_amount", send("POST", "coupons", ADMIN, "{\"code\":\"" + unique()
                + "\",\"discount_type\":\"percent\",\"amount\":\"150\"}"));
        assertRefused(400, "coupon_invalid_amount", send("POST", "coupons", ADMIN, "{\"code\":\"" + unique()
                + "\",\"amount\":\"-1\"}"));
        assertRefused(400, "coupon_invalid_email_address", send("POST", "coupons", ADMIN, "{\"code\":\"" + unique()
                + "\",\"email_restrictions\":[\"not an address\"]}"));
        HttpResponse<String> badType = send("POST", "coupons", ADMIN, "{\"code\":\"" + unique()
                + "\",\"discount_type\":\"bogo\",\"amount\":5}");
        assertRefused(400, "rest_invalid_param", badType);
        JsonObject params = Http.object(badType).getJsonObject("data").getJsonObject("params");
        assertEquals("discount_type is not one of percent, fixed_cart, fixed_product.", params.getString("discount_type"));
        assertEquals("amount is not of type string.", params.getString("amount"));
        assertRefused(400, "rest_invalid_param", send("POST", "coupons", ADMIN, "{\"code\":\"" + unique()
                + "\",\"amount\":\"ten\"}"));
        assertRefused(400, "rest_invalid_param", send("POST", "coupons", ADMIN, "{\"code\":\"" + "x".repeat(10_000)
                + "\"}"));
        assertRefused(400, "woocommerce_rest_shop_coupon_invalid_id", send("PUT", "coupons/999999", ADMIN,
                "{\"amount\":\"1\"}"));
        assertRefused(404, "woocommerce_rest_shop_coupon_invalid_id", send("DELETE", "coupons/999999", ADMIN, null));
        assertRefused(400, "rest_invalid_json", send("POST", "coupons", ADMIN, "{\"code\":"));
        assertRefused(400, "woocommerce_rest_coupon_code_already_exists", send("PUT", "coupons/102", ADMIN,
                "{\"code\":\"save10\"}"));
        assertEquals("5off", Http.object(send("GET", "coupons/102", ADMIN, null)).getString("code"),
                "nothing changed");
    }

    @Test
    void aBatchCreatesUpdatesAndDeletesAndAnswersRefusalsInPlace() {
        String first = unique();
        String second = unique();
        HttpResponse<String> made = send("POST", "coupons/batch", ADMIN, "{\"create\":[{\"code\":\"" + first
                + "\",\"amount\":\"3\"},{\"code\":\"save10\"},{\"code\":\"" + second + "\",\"discount_type\":"
                + "\"fixed_product\",\"amount\":\"1.5\"}]}");
        assertEquals(200, made.statusCode(), made.body());
        JsonObject answer = Http.object(made);
        assertEquals(List.of("create"), List.copyOf(answer.keySet()));
        JsonArray created = answer.getJsonArray("create");
        assertEquals(first, created.getJsonObject(0).getString("code"));
        assertEquals(0, created.getJsonObject(1).getInt("id"));
        assertEquals("woocommerce_rest_coupon_code_already_exists",
                created.getJsonObject(1).getJsonObject("error").getString("code"));
        assertEquals(400, created.getJsonObject(1).getJsonObject("error").getJsonObject("data").getInt("status"));
        long firstId = created.getJsonObject(0).getJsonNumber("id").longValue();
        long secondId = created.getJsonObject(2).getJsonNumber("id").longValue();

        HttpResponse<String> changed = send("PUT", "coupons/batch", ADMIN, "{\"update\":[{\"id\":" + firstId
                + ",\"amount\":\"4\"},{\"id\":999999,\"amount\":\"1\"}],\"delete\":[" + secondId + ",999999]}");
        assertEquals(200, changed.statusCode(), changed.body());
        JsonObject changes = Http.object(changed);
        assertEquals(List.of("update", "delete"), List.copyOf(changes.keySet()));
        assertEquals("4.00", changes.getJsonArray("update").getJsonObject(0).getString("amount"));
        assertEquals(999999, changes.getJsonArray("update").getJsonObject(1).getInt("id"));
        assertEquals(secondId, changes.getJsonArray("delete").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals("woocommerce_rest_shop_coupon_invalid_id", changes.getJsonArray("delete").getJsonObject(1)
                .getJsonObject("error").getString("code"));
        assertRefused(404, "woocommerce_rest_shop_coupon_invalid_id", send("GET", "coupons/" + secondId, ADMIN,
                null));

        StringBuilder many = new StringBuilder("{\"delete\":[");
        for (int i = 0; i < 101; i++) {
            many.append(i == 0 ? "" : ",").append(900000 + i);
        }
        assertRefused(413, "woocommerce_rest_request_entity_too_large", send("POST", "coupons/batch", ADMIN,
                many + "]}"));
        assertEquals(200, send("DELETE", "coupons/" + firstId + "?force=true", ADMIN, null).statusCode());
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
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http().send(request);
    }

    private Http http() {
        return new Http(base);
    }

    /** Unique per run and test, so a repeated run on a kept database never meets its own leftovers. */
    private static String unique() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
