package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.headlesscart.it.fixtures.cart.CartProbe;
import org.headlesscart.it.fixtures.console.ConsoleBoundaryProbe;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The boundary methods the console's Dashboard and Carts pages call (issue 20), through a test-only probe in the
 * WAR bundle that counts the JDBC statements each call prepares (statistics are on here): a page of carts costs
 * the same statements for one row as for a hundred (no query per row), the dashboard's cart figures are the
 * insights route's, and carts the cleanup deleted still count in the 7-day charts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleBoundariesOnMicroIT {

    /** The count, the page, and the number of lines of the page's carts. */
    static final long SESSIONS_PAGE_STATEMENTS = 3;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.bundle().addClasses(ConsoleBoundaryProbe.class, CartProbe.class);
    }

    @Test
    void aPageOfCartsCostsThreeStatementsWhateverItsSize() {
        String tag = "console-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> keys = cartsWithEmails(tag, 5);

        JsonObject one = probe("sessions?per_page=1");
        JsonObject hundred = probe("sessions?per_page=100");
        JsonObject mine = probe("sessions?per_page=100&email=" + tag.toUpperCase() + "&sort=VALUE&desc=true");
        JsonObject expired = probe("sessions?per_page=100&email=" + tag + "&status=EXPIRED");
        System.out.printf("Console carts page: %d statements for 1 row, %d for %d rows%n",
                one.getInt("statements"), hundred.getInt("statements"), hundred.getJsonArray("rows").size());

        assertEquals(SESSIONS_PAGE_STATEMENTS, one.getInt("statements"), one.toString());
        assertEquals(SESSIONS_PAGE_STATEMENTS, hundred.getInt("statements"), hundred.toString());
        assertTrue(hundred.getJsonArray("rows").size() >= 5);
        assertEquals(5, mine.getInt("total"), "filtered by e-mail in any case: " + mine);
        JsonArray rows = mine.getJsonArray("rows");
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.getJsonObject(i - 1).getJsonNumber("value").longValue()
                    >= rows.getJsonObject(i).getJsonNumber("value").longValue(), "value, largest first: " + rows);
        }
        assertEquals(List.of("ACTIVE"), rows.stream().map(r -> r.asJsonObject().getString("status")).distinct()
                .toList());
        assertEquals(0, expired.getInt("total"));
        assertEquals(1, expired.getInt("statements"), "an empty count needs no page");
        assertTrue(keys.contains(rows.getJsonObject(0).getString("key")));
    }

    @Test
    void aCartsDetailHasItsRowAndItsLines() {
        String tag = "detail-" + UUID.randomUUID().toString().substring(0, 8);
        String key = cartsWithEmails(tag, 1).get(0);

        JsonObject detail = probe("detail?key=" + key);
        JsonObject unknown = probe("detail?key=t_" + "0".repeat(30));

        assertTrue(detail.getBoolean("found"), detail.toString());
        assertEquals("ACTIVE", detail.getString("status"));
        assertEquals(2, detail.getInt("lines"));
        assertEquals(2, detail.getInt("items"));
        assertEquals(tag + "-0@example.com", detail.getString("email"));
        assertFalse(unknown.getBoolean("found"));
    }

    @Test
    void theDashboardsCartFiguresAreTheInsightsRoutesInAFewStatements() {
        cartsWithEmails("dash-" + UUID.randomUUID().toString().substring(0, 8), 2);

        JsonObject dashboard = probe("dashboard");
        JsonObject insights = Http.object(admin("wp-json/headlesscart/v1/carts/insights"));
        System.out.println("Console dashboard: " + dashboard);

        assertEquals(insights.getJsonObject("active").getInt("carts"), dashboard.getInt("active"));
        assertEquals(insights.getJsonObject("expiring").getInt("carts"), dashboard.getInt("expiring"));
        assertEquals(insights.getJsonObject("expired").getInt("carts"), dashboard.getInt("expired"));
        assertEquals(Long.parseLong(insights.getJsonObject("active").getString("value")),
                dashboard.getJsonNumber("active_value").longValue());
        JsonObject statements = dashboard.getJsonObject("statements");
        assertEquals(3, statements.getInt("insights"), "one aggregate per status");
        assertEquals(4, statements.getInt("activity"), "created, abandoned, folded hours, conversions");
        assertEquals(1, statements.getInt("sales"));
        assertEquals(2, statements.getInt("stock"), "the list and the counts");
        assertEquals(169, dashboard.getInt("hours"), "7 × 24 hours and the current one");
        assertEquals(30, dashboard.getInt("days"));
        assertTrue(dashboard.getInt("created") >= 2, dashboard.toString());
    }

    @Test
    void aCartTheCleanupDeletedStillCountsAsCreatedAndAbandoned() {
        String key = cartsWithEmails("purge-" + UUID.randomUUID().toString().substring(0, 8), 1).get(0);
        JsonObject before = probe("dashboard");

        assertEquals("1", post("expire?key=" + key));
        JsonObject expired = probe("dashboard");
        int purged = Integer.parseInt(post("purge"));
        JsonObject after = probe("dashboard");
        JsonObject again = probe("dashboard");

        assertTrue(purged >= 1, "purged " + purged);
        assertEquals(before.getInt("created"), expired.getInt("created"));
        assertEquals(before.getInt("abandoned") + 1, expired.getInt("abandoned"), "expired with a value");
        assertEquals(expired.getInt("created"), after.getInt("created"), "counted once deleted too: " + after);
        assertEquals(expired.getInt("abandoned"), after.getInt("abandoned"), "counted once deleted too: " + after);
        assertEquals(after.getInt("created"), again.getInt("created"));
    }

    /** Carts with two lines and an e-mail {@code tag-n@example.com} each, of different values; their keys. */
    private List<String> cartsWithEmails(String tag, int count) {
        CartJourney cart = new CartJourney(new Http(base));
        List<String> keys = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            String key = cart.newCartWith("10", Integer.toString(n + 1));
            HttpResponse<String> added = cart.post("/add-item", key,
                    "{\"id\":\"11\",\"quantity\":\"1\",\"email\":\"" + tag + "-" + n + "@example.com\"}");
            assertEquals(200, added.statusCode(), added.body());
            keys.add(key);
        }
        return keys;
    }

    private JsonObject probe(String what) {
        Http http = new Http(base);
        HttpResponse<String> answer = http.get(http.at("wp-json/headlesscart-test/console/" + what));
        assertEquals(200, answer.statusCode(), answer.body());
        return Http.object(answer);
    }

    private String post(String what) {
        Http http = new Http(base);
        return http.send("POST", http.at("wp-json/headlesscart-test/cart/" + what), "text/plain", "").body();
    }

    private HttpResponse<String> admin(String path) {
        Http http = new Http(base);
        return http.send(HttpRequest.newBuilder(http.at(path)).header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(DemoLogins.ADMIN.getBytes(StandardCharsets.UTF_8))).GET());
    }
}
