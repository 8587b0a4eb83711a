package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * COCART-PLUS §2's example store rebuilt through the admin API (tax 10 % "Sales Tax" in US IL on items and shipping,
 * prices excl. tax, itemized, coupon save10 = 10 % off, product Beanie 18.00, flat rate 10.00 and free shipping),
 * then a cart of 2 Beanies with the gift-wrap fee compared block for block with the example: total 5214. It changes
 * store settings, so it runs in the catalog-writes execution and puts them back when done.
 */
public abstract class PricedCartContract extends PricingContract {

    @Test
    void theContractsExampleCartComesOutCentForCent() {
        JsonObject zone = usZone();
        long zoneId = zone.getJsonNumber("id").longValue();
        Map<String, String> before = new LinkedHashMap<>();
        for (String[] setting : SETTINGS) {
            before.put(setting[1], Http.object(ok(admin("GET", "settings/" + setting[0] + "/" + setting[1], null)))
                    .getString("value"));
        }
        try {
            for (String[] setting : SETTINGS) {
                settings(setting[0], setting[1], setting[2]);
            }
            salesTaxInIllinois();
            JsonArray methods = (JsonArray) Http.parse(ok(admin("GET", "shipping/zones/" + zoneId + "/methods", null))
                    .body());
            long flat = instance(methods, "flat_rate");
            long free = instance(methods, "free_shipping");
            ok(admin("PUT", "shipping/zones/" + zoneId + "/methods/" + flat, "{\"enabled\":true,\"settings\":"
                    + "{\"title\":\"Flat rate\",\"cost\":\"10.00\",\"tax_status\":\"taxable\"}}"));
            ok(admin("PUT", "shipping/zones/" + zoneId + "/methods/" + free, "{\"enabled\":true,\"settings\":"
                    + "{\"title\":\"Free shipping\",\"requires\":\"\"}}"));
            methods.getValuesAs(JsonObject.class).stream().filter(m -> m.getJsonNumber("instance_id").longValue()
                    != flat && m.getJsonNumber("instance_id").longValue() != free).forEach(m -> ok(admin("PUT",
                    "shipping/zones/" + zoneId + "/methods/" + m.getJsonNumber("instance_id"), "{\"enabled\":false}")));
            String code = save10();

            String key = journey().newCartWith(Long.toString(product("Beanie", "18.00")), "2");
            ok(journey().post("/update", key, "{\"namespace\":\"update-customer\",\"billing_country\":\"US\","
                    + "\"billing_state\":\"IL\",\"billing_postcode\":\"62701\",\"billing_city\":\"Springfield\","
                    + "\"shipping_country\":\"US\",\"shipping_state\":\"IL\",\"shipping_postcode\":\"62701\","
                    + "\"shipping_city\":\"Springfield\"}"));
            ok(journey().post("/apply-coupon", key, "{\"code\":\"" + code + "\"}"));
            ok(journey().post("/add-fee", key, "{\"name\":\"Gift wrap\",\"amount\":\"5.00\",\"taxable\":true}"));
            JsonObject cart = Http.object(ok(journey().post("/set-shipping-method", key,
                    "{\"rate_id\":\"flat_rate:" + flat + "\"}")));

            assertEquals(expected(code, flat, free), blocks(cart));
            assertEquals(blocks(cart), blocks(cart(key)), "a read shows what the write showed");
        } finally {
            for (String[] setting : SETTINGS) {
                settings(setting[0], setting[1], before.get(setting[1]));
            }
        }
    }

    /** Group, id and value of the settings §2's store has; put back as they were afterwards. */
    private static final String[][] SETTINGS = {{"general", "woocommerce_calc_taxes", "yes"},
        {"tax", "woocommerce_prices_include_tax", "no"}, {"tax", "woocommerce_tax_display_cart", "excl"},
        {"tax", "woocommerce_tax_total_display", "itemized"}};

    /** §2's example with this store's coupon code and method instances. */
    private static JsonObject expected(String code, long flat, long free) {
        String items = "Beanie \u00d7 2";
        return Json.createObjectBuilder()
                .add("coupons", Json.createArrayBuilder().add(Json.createObjectBuilder().add("coupon", code)
                        .add("label", "Coupon: " + code).add("discount_type", "percent").add("saving", "-360")
                        .add("saving_html", "-$3.60")))
                .add("needs_payment", true)
                .add("needs_shipping", true)
                .add("shipping", Json.createObjectBuilder().add("total_packages", 1).add("show_package_details", false)
                        .add("has_calculated_shipping", true)
                        .add("packages", Json.createObjectBuilder().add("default", Json.createObjectBuilder()
                                .add("package_name", "Shipping")
                                .add("rates", Json.createObjectBuilder()
                                        .add("flat_rate:" + flat, Json.createObjectBuilder().add("key", "flat_rate:" + flat)
                                                .add("method_id", "flat_rate").add("instance_id", flat)
                                                .add("label", "Flat rate").add("cost", "1000")
                                                .add("html", "Flat rate: $10.00").add("taxes", "100")
                                                .add("chosen_method", true).add("meta_data",
                                                        Json.createObjectBuilder().add("items", items)))
                                        .add("free_shipping:" + free, Json.createObjectBuilder()
                                                .add("key", "free_shipping:" + free).add("method_id", "free_shipping")
                                                .add("instance_id", free).add("label", "Free shipping").add("cost", "0")
                                                .add("html", "Free shipping").add("taxes", "")
                                                .add("chosen_method", false).add("meta_data",
                                                        Json.createObjectBuilder().add("items", items))))
                                .add("package_details", "").add("index", 0).add("chosen_method", "flat_rate:" + flat)
                                .add("formatted_destination", "Springfield, IL 62701, United States (US)"))))
                .add("fees", Json.createObjectBuilder().add("gift-wrap", Json.createObjectBuilder()
                        .add("name", "Gift wrap").add("fee", "500")))
                .add("taxes", Json.createObjectBuilder().add("US-IL-SALES TAX-1", Json.createObjectBuilder()
                        .add("name", "Sales Tax").add("price", "474")))
                .add("totals", Json.createObjectBuilder().add("subtotal", "3600").add("subtotal_tax", "360")
                        .add("fee_total", "500").add("fee_tax", "50").add("discount_total", "360")
                        .add("discount_tax", "36").add("shipping_total", "1000").add("shipping_tax", "100")
                        .add("total", "5214").add("total_tax", "474"))
                .build();
    }

    private static JsonObject blocks(JsonObject cart) {
        var copy = Json.createObjectBuilder();
        for (String name : new String[] {"coupons", "needs_payment", "needs_shipping", "shipping", "fees", "taxes",
            "totals"}) {
            copy.add(name, cart.get(name));
        }
        return copy.build();
    }

    /** The zone of the United States (the demo store's), made when there is none. */
    private JsonObject usZone() {
        JsonArray zones = (JsonArray) Http.parse(ok(admin("GET", "shipping/zones", null)).body());
        for (JsonObject zone : zones.getValuesAs(JsonObject.class)) {
            if (zone.getJsonNumber("id").longValue() == 0) {
                continue;       // "Locations not covered by your other zones" has none
            }
            JsonArray where = (JsonArray) Http.parse(ok(admin("GET", "shipping/zones/" + zone.getJsonNumber("id")
                    + "/locations", null)).body());
            if (where.toString().contains("\"US\"")) {
                return zone;
            }
        }
        JsonObject made = Http.object(ok(admin("POST", "shipping/zones", "{\"name\":\"United States\"}")));
        ok(admin("PUT", "shipping/zones/" + made.getJsonNumber("id") + "/locations",
                "[{\"code\":\"US\",\"type\":\"country\"}]"));
        for (String method : new String[] {"flat_rate", "free_shipping"}) {
            ok(admin("POST", "shipping/zones/" + made.getJsonNumber("id") + "/methods",
                    "{\"method_id\":\"" + method + "\"}"));
        }
        return made;
    }

    private static long instance(JsonArray methods, String methodId) {
        return methods.getValuesAs(JsonObject.class).stream().filter(m -> methodId.equals(m.getString("method_id")))
                .findFirst().orElseThrow().getJsonNumber("instance_id").longValue();
    }

    /** The only standard rate of US IL at priority 1: 10 % "Sales Tax" on items and shipping. */
    private void salesTaxInIllinois() {
        JsonArray rates = (JsonArray) Http.parse(ok(admin("GET", "taxes?per_page=100", null)).body());
        for (JsonObject rate : rates.getValuesAs(JsonObject.class)) {
            if ("US".equals(rate.getString("country")) && "IL".equals(rate.getString("state"))) {
                ok(admin("DELETE", "taxes/" + rate.getJsonNumber("id") + "?force=true", null));
            }
        }
        ok(admin("POST", "taxes", "{\"country\":\"US\",\"state\":\"IL\",\"rate\":\"10.0000\",\"name\":\"Sales Tax\","
                + "\"priority\":1,\"compound\":false,\"shipping\":true,\"class\":\"standard\"}"));
    }

    /** The coupon save10, 10 % off: the demo store's if it has it, else made. */
    private String save10() {
        JsonArray found = (JsonArray) Http.parse(ok(admin("GET", "coupons?code=save10", null)).body());
        if (found.isEmpty()) {
            ok(admin("POST", "coupons", "{\"code\":\"save10\",\"discount_type\":\"percent\",\"amount\":\"10\"}"));
        } else {
            ok(admin("PUT", "coupons/" + found.getJsonObject(0).getJsonNumber("id"),
                    "{\"discount_type\":\"percent\",\"amount\":\"10\"}"));
        }
        return "save10";
    }

    private void settings(String group, String id, String value) {
        ok(admin("PUT", "settings/" + group + "/" + id, "{\"value\":\"" + value + "\"}"));
    }

    private static HttpResponse<String> ok(HttpResponse<String> answer) {
        if (answer.statusCode() >= 300) {
            throw new AssertionError(answer.uri() + ": " + answer.statusCode() + " " + answer.body());
        }
        return answer;
    }
}
