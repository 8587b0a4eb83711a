package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Products API's prices follow the shop's tax display setting (docs/taxes.md, "Prices in the Products API"):
 * a tax rate for the store's base country (US:CA) in a tax class of its own is set up through {@code wc/v3/taxes},
 * the settings through {@code wc/v3/settings}, and a simple product, a variable product, its variations and a
 * teaser are read through {@code cocart/v2/products}, each read once before a change so that a kept answer would
 * show. Changes store settings, so it runs in the catalog-writes execution's own database and puts the settings
 * back as they were after each test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ShopPricesContract {

    static final String ADMIN = "wp-json/wc/v3/";
    static final String STORE = "wp-json/cocart/v2/";
    static final String STAFF = "manager:managerpass";

    @ArquillianResource
    URL base;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> cleanUp = new ArrayList<>();

    Http http() {
        return new Http(base);
    }

    /** The settings this test changes ("group/id"), with the values they had before it. */
    private final Map<String, String> before = new LinkedHashMap<>();

    @BeforeEach
    void noteTheSettings() {
        for (String setting : List.of("general/woocommerce_calc_taxes", "tax/woocommerce_prices_include_tax",
                "tax/woocommerce_tax_display_shop")) {
            before.put(setting, ok(admin("GET", "settings/" + setting, null)).getString("value"));
        }
    }

    @AfterEach
    void putTheSettingsBack() {
        before.forEach((setting, value) -> setting(setting.split("/")[0], setting.split("/")[1], value));
        cleanUp.forEach(path -> admin("DELETE", path + "?force=true", null));
    }

    @Test
    void pricesEnteredWithoutTaxShowTheBaseTaxWhenTheShopShowsPricesWithTax() {
        Catalog c = catalog();
        setting("general", "woocommerce_calc_taxes", "yes");
        setting("tax", "woocommerce_prices_include_tax", "no");
        setting("tax", "woocommerce_tax_display_shop", "excl");
        assertEquals("1234", price(product(c.simple)), "shown excl. tax, as entered");

        setting("tax", "woocommerce_tax_display_shop", "incl");
        // 12.34 + 10 % = 13.574 → 13.57; 20 + 10 % = 22; 30 + 10 % = 33.
        JsonObject simple = product(c.simple);
        assertEquals("1357", price(simple), "the setting shows at once: " + simple.getJsonObject("prices"));
        assertEquals("1357", simple.getJsonObject("prices").getString("regular_price"));
        JsonObject variable = product(c.variable);
        assertEquals("2200", price(variable));
        assertEquals("{\"from\":\"2200\",\"to\":\"3300\"}",
                variable.getJsonObject("prices").getJsonObject("price_range").toString());
        assertEquals(List.of("2200", "3300"), variable.getJsonArray("variations").stream()
                .map(v -> v.asJsonObject().getJsonObject("prices").getString("price")).sorted().toList());
        assertEquals("2200", price(product(c.small)), "a variation of class parent, by its id");
        assertEquals("3300", price(ok(http().get(http().at(STORE + "products/" + c.variable + "/variations/"
                + c.large)))), "a variation of the class itself");
        assertEquals("1357", variable.getJsonArray("upsells").getJsonObject(0).getString("price"), "a teaser");
        assertEquals("12.34", ok(admin("GET", "products/" + c.simple, null)).getString("price"),
                "the admin API keeps the price as entered");
        JsonObject list = ok(http().get(http().at(STORE + "products?search=Display+" + run)));
        assertEquals(List.of("1357", "2200"), list.getJsonArray("products").stream()
                .map(p -> price(p.asJsonObject())).sorted().toList(), "the list: " + list);

        setting("tax", "woocommerce_tax_display_shop", "excl");
        assertEquals("1234", price(product(c.simple)), "back as entered at once");
        assertEquals("2000", price(product(c.small)));
    }

    @Test
    void pricesEnteredWithTaxLoseTheBaseTaxWhenTheShopShowsPricesWithoutTax() {
        Catalog c = catalog();
        setting("general", "woocommerce_calc_taxes", "yes");
        setting("tax", "woocommerce_prices_include_tax", "yes");
        setting("tax", "woocommerce_tax_display_shop", "incl");
        assertEquals("1234", price(product(c.simple)), "shown incl. tax, as entered");
        assertEquals("2000", price(product(c.small)));

        setting("tax", "woocommerce_tax_display_shop", "excl");
        // 12.34 / 1.1 = 11.218… → 11.22; 20 / 1.1 = 18.1818… → 18.18; 30 / 1.1 = 27.2727… → 27.27.
        assertEquals("1122", price(product(c.simple)));
        JsonObject variable = product(c.variable);
        assertEquals("{\"from\":\"1818\",\"to\":\"2727\"}",
                variable.getJsonObject("prices").getJsonObject("price_range").toString());
        assertEquals("2727", price(product(c.large)));

        setting("general", "woocommerce_calc_taxes", "no");
        assertEquals("1234", price(product(c.simple)), "taxes off: as entered");
        assertEquals("3000", price(product(c.large)));
    }

    /** Ids of what a test reads: a simple product, a variable one (its upsell) and its two variations. */
    private record Catalog(long simple, long variable, long small, long large) {
    }

    /**
     * A class "Display run" with a 10 % rate for the whole US (the store's base is US:CA, whose demo rate is
     * standard-class only); a simple product at 12.34 and a variable one with variations at 20 (class "parent")
     * and 30 (the class itself), all in that class; every one of them read once so that its answer is kept.
     */
    private Catalog catalog() {
        JsonObject taxClass = created(admin("POST", "taxes/classes", "{\"name\":\"Display " + run + "\"}"));
        String slug = taxClass.getString("slug");
        cleanUp.add("taxes/classes/" + slug);
        long rate = id(created(admin("POST", "taxes", "{\"country\":\"US\",\"rate\":\"10\",\"name\":\"Display\","
                + "\"class\":\"" + slug + "\"}")));
        cleanUp.add(0, "taxes/" + rate);
        long simple = id(created(admin("POST", "products", "{\"name\":\"Display " + run + " simple\","
                + "\"regular_price\":\"12.34\",\"tax_class\":\"" + slug + "\"}")));
        long size = id(created(admin("POST", "products/attributes", "{\"name\":\"Size " + run + "\"}")));
        long variable = id(created(admin("POST", "products", "{\"name\":\"Display " + run + " variable\","
                + "\"type\":\"variable\",\"tax_class\":\"" + slug + "\",\"upsell_ids\":[" + simple + "],"
                + "\"attributes\":[{\"id\":" + size + ",\"options\":[\"Small\",\"Large\"],\"visible\":true,"
                + "\"variation\":true}]}")));
        long small = id(created(admin("POST", "products/" + variable + "/variations", "{\"regular_price\":\"20\","
                + "\"tax_class\":\"parent\",\"attributes\":[{\"id\":" + size + ",\"option\":\"Small\"}]}")));
        long large = id(created(admin("POST", "products/" + variable + "/variations", "{\"regular_price\":\"30\","
                + "\"tax_class\":\"" + slug + "\",\"attributes\":[{\"id\":" + size + ",\"option\":\"Large\"}]}")));
        cleanUp.add(0, "products/" + simple);
        cleanUp.add(0, "products/" + variable);
        cleanUp.add("products/attributes/" + size);
        Catalog c = new Catalog(simple, variable, small, large);
        List.of(simple, variable, small).forEach(this::product);
        ok(http().get(http().at(STORE + "products/" + variable + "/variations/" + large)));
        return c;
    }

    private void setting(String group, String id, String value) {
        HttpResponse<String> changed = admin("PUT", "settings/" + group + "/" + id, "{\"value\":\"" + value + "\"}");
        assertEquals(200, changed.statusCode(), id + ": " + changed.body());
        assertEquals(value, Http.object(changed).getString("value"), changed.body());
    }

    private JsonObject product(long id) {
        return ok(http().get(http().at(STORE + "products/" + id)));
    }

    private static String price(JsonObject product) {
        return product.getJsonObject("prices").getString("price");
    }

    private HttpResponse<String> admin(String method, String path, String body) {
        String basic = "Basic " + Base64.getEncoder().encodeToString(STAFF.getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(http().at(ADMIN + path)).header("Authorization", basic)
                .header("Content-Type", "application/json")
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        return http().send(request);
    }

    private static JsonObject created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Location").isPresent());
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
