package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The WooCommerce CSV import over HTTP, with the real export of ../shared/data (a copy in the test resources).
 * Runs against its own database (see the {@code catalog-writes} execution in the pom): it adds products that the
 * products suites, which expect exactly the demo catalog, must not see.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ImportContract {

    static final String IMPORT = "wp-json/headlesscart/v1/import/woocommerce";
    /** The demo administrator (DemoAccounts): imports are for administrators and shop managers. */
    static final String STAFF = "admin:adminpass";

    @ArquillianResource
    URL base;

    Http http() {
        return new Http(base);
    }

    @Test
    void theImportIsForStaffOnly() {
        HttpResponse<String> anonymous = http().send(HttpRequest.newBuilder(http().at(IMPORT))
                .header("Content-Type", "text/csv").POST(BodyPublishers.ofString("ID,Type\n")));
        HttpResponse<String> wrong = post("ID,Type\n", "admin:wrong");
        HttpResponse<String> customer = post("ID,Type\n", "customer:customerpass");

        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertEquals(401, Http.object(anonymous).getJsonObject("data").getInt("status"));
        assertEquals(401, wrong.statusCode());
        assertEquals(403, customer.statusCode(), "a customer is not staff");
    }

    @Test
    void theSampleExportImportsCompletelyAndAgainWithoutDuplicates() {
        JsonObject first = report(post(sample(), STAFF));
        assertEquals(List.of(), first.getJsonArray("problems"), "every row of the real export imports");
        int rows = first.getInt("created") + first.getInt("updated");
        assertEquals(25, rows, first.toString());

        JsonObject vneck = product("woo-vneck-tee");
        assertEquals("variable", vneck.getString("type"));
        assertEquals("V-Neck T-Shirt", vneck.getString("name"));
        assertTrue(vneck.getJsonArray("variations").size() >= 3, "variations joined by Parent: " + vneck);
        assertEquals("Tshirts", vneck.getJsonArray("categories").getJsonObject(0).getString("name"));

        JsonObject again = report(post(sample(), STAFF));
        assertEquals(0, again.getInt("created"), "re-import updates by SKU: " + again);
        assertEquals(25, again.getInt("updated"));
        assertEquals(1, http().get(http().at("wp-json/cocart/v2/products?sku=woo-vneck-tee"))
                .body().split("\"sku\":\"woo-vneck-tee\"").length - 1, "no duplicate");
    }

    @Test
    void aBadRowIsReportedWithItsLineAndTheOthersImport() {
        String csv = "Type,SKU,Name,Published,Regular price\n"
                + "simple,IT-GOOD-1,Good one,1,10\n"
                + "simple,IT-BAD,Bad one,1,ten\n"
                + "simple,IT-GOOD-2,Good two,1,12.50\n";

        JsonObject report = report(post(csv, STAFF));

        assertEquals(1, report.getJsonArray("problems").size(), report.toString());
        assertEquals(3, report.getJsonArray("problems").getJsonObject(0).getInt("line"));
        assertEquals("1250", product("IT-GOOD-2").getJsonObject("prices").getString("price"));
        assertEquals(404, http().get(http().at("wp-json/cocart/v2/products/IT-BAD")).statusCode(), "nothing of it");
    }

    @Test
    void aChangeByImportIsVisibleOnTheNextRead() {
        post("Type,SKU,Name,Published,Regular price\nsimple,IT-CHANGE,Changing,1,10\n", STAFF);
        assertEquals("1000", product("IT-CHANGE").getJsonObject("prices").getString("price"));

        post("Type,SKU,Name,Published,Regular price\nsimple,IT-CHANGE,Changing,1,11\n", STAFF);

        assertEquals("1100", product("IT-CHANGE").getJsonObject("prices").getString("price"), "not a stale cache");
    }

    private JsonObject product(String sku) {
        HttpResponse<String> response = http().get(http().at("wp-json/cocart/v2/products/" + sku));
        assertEquals(200, response.statusCode(), sku + ": " + response.body());
        return Http.object(response);
    }

    private static JsonObject report(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Http.object(response);
    }

    private HttpResponse<String> post(String csv, String credentials) {
        String basic = Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        return http().send(HttpRequest.newBuilder(http().at(IMPORT)).header("Content-Type", "text/csv")
                .header("Authorization", "Basic " + basic).POST(BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
    }

    private static String sample() {
        try (InputStream in = ImportContract.class.getResourceAsStream("/woocommerce/woocommerce-sample-products.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
