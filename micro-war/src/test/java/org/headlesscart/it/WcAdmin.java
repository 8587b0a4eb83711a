package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.json.Json;

/** The demo administrator's calls to wc/v3 that checkout suites make their products with. */
final class WcAdmin {

    static final String LOGIN = "admin:adminpass";

    private final Http http;

    WcAdmin(URL base) {
        this.http = new Http(base);
    }

    HttpResponse<String> send(String method, String path, String json) {
        String basic = "Basic " + Base64.getEncoder().encodeToString(LOGIN.getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(http.at("wp-json/wc/v3/" + path))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json)));
    }

    /** A simple product; with managed stock when {@code stock} is given. */
    long product(String name, String price, Integer stock) {
        var json = Json.createObjectBuilder().add("name", name).add("regular_price", price);
        if (stock != null) {
            json.add("manage_stock", true).add("stock_quantity", stock);
        }
        HttpResponse<String> created = send("POST", "products", json.build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return Http.object(created).getJsonNumber("id").longValue();
    }

    int stock(long product) {
        HttpResponse<String> read = send("GET", "products/" + product, null);
        assertEquals(200, read.statusCode(), read.body());
        return Http.object(read).getInt("stock_quantity");
    }
}
