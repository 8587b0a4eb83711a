package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** What the Dashboard and Carts browser suites do through the API: carts with e-mails, staff reads. */
final class ConsoleTestSupport {

    private ConsoleTestSupport() {
    }

    /** Guest carts with two lines (products 10 and 11) and the billing e-mail {@code tag-n@example.com}; keys. */
    static List<String> cartsWithEmails(URL base, String tag, int count) {
        CartJourney cart = new CartJourney(new Http(base));
        List<String> keys = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            String key = cart.newCartWith("10", Integer.toString(n % 5 + 1));
            HttpResponse<String> added = cart.post("/add-item", key,
                    "{\"id\":\"11\",\"quantity\":\"1\",\"email\":\"" + tag + "-" + n + "@example.com\"}");
            assertEquals(200, added.statusCode(), added.body());
            keys.add(key);
        }
        return keys;
    }

    /** A GET of an API path as the administrator (HTTP Basic). */
    static HttpResponse<String> asAdmin(URL base, String path) {
        Http http = new Http(base);
        return http.send(HttpRequest.newBuilder(http.at(path)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(DemoLogins.ADMIN.getBytes(StandardCharsets.UTF_8))).GET());
    }
}
