package org.headlesscart.run;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * The run banner's pricing part: what a new user can try, read from the running store through the admin routes
 * (so it shows what the store really has, demo data or an operator's own): coupons, tax rates per country, and the
 * shipping zones with their methods.
 */
final class PricingTour {

    private final String base;
    private final String authorization;
    private final HttpClient http = HttpClient.newHttpClient();

    PricingTour(String base, String adminPassword) {
        this.base = base + "/wp-json/wc/v3/";
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
    }

    /** The lines to print; empty when the admin routes do not answer (the banner then just leaves them out). */
    String describe() {
        StringBuilder text = new StringBuilder();
        get("coupons?per_page=20&orderby=id&order=asc").ifPresent(coupons -> {
            text.append(" Coupons (POST /cart/apply-coupon {\"code\":\"...\"}):\n");
            coupons.forEach(value -> text.append("   ").append(coupon(value.asJsonObject())).append('\n'));
        });
        get("taxes?per_page=100").ifPresent(rates -> {
            Map<String, StringJoiner> byCountry = new LinkedHashMap<>();
            rates.forEach(value -> {
                JsonObject rate = value.asJsonObject();
                String where = rate.getString("country", "").isEmpty() ? "any" : rate.getString("country");
                String state = rate.getString("state", "");
                String clazz = rate.getString("class", "standard");
                byCountry.computeIfAbsent(where, c -> new StringJoiner(", "))
                        .add((state.isEmpty() ? "" : state + " ") + trimmed(rate.getString("rate", "0")) + " %"
                                + ("standard".equals(clazz) ? "" : " (" + clazz + ")"));
            });
            text.append(" Tax rates (cart/update with a billing or shipping address to see them):\n");
            byCountry.forEach((country, list) -> text.append("   ").append(country).append(": ").append(list)
                    .append('\n'));
        });
        get("shipping/zones").ifPresent(zones -> {
            text.append(" Shipping zones (POST /cart/set-shipping-method {\"rate_id\":\"...\"}):\n");
            zones.forEach(value -> {
                JsonObject zone = value.asJsonObject();
                StringJoiner methods = new StringJoiner(", ");
                get("shipping/zones/" + zone.getInt("id") + "/methods").ifPresent(list -> list.forEach(m -> {
                    JsonObject method = m.asJsonObject();
                    methods.add(method.getString("method_id") + ":" + method.getInt("instance_id") + " "
                            + method.getString("title", ""));
                }));
                text.append("   ").append(zone.getString("name")).append(": ").append(methods).append('\n');
            });
        });
        return text.toString();
    }

    private static String coupon(JsonObject c) {
        StringBuilder line = new StringBuilder(String.format("%-10s %-13s %s", c.getString("code"),
                c.getString("discount_type"), trimmed(c.getString("amount", "0"))));
        if (c.getBoolean("individual_use", false)) {
            line.append(", individual use");
        }
        if (c.getBoolean("free_shipping", false)) {
            line.append(", free shipping");
        }
        String minimum = c.getString("minimum_amount", "");
        if (!minimum.isEmpty() && !trimmed(minimum).equals("0")) {
            line.append(", minimum spend ").append(trimmed(minimum));
        }
        if (c.get("date_expires") != null && c.get("date_expires").getValueType() == JsonValue.ValueType.STRING) {
            line.append(", expires ").append(c.getString("date_expires"));
        }
        return line.toString();
    }

    private static String trimmed(String decimal) {
        try {
            return new java.math.BigDecimal(decimal).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException notANumber) {
            return decimal;
        }
    }

    private Optional<JsonArray> get(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", authorization).header("Accept", "application/json").GET().build();
            var response = http.send(request, BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                return Optional.of(reader.readArray());
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
