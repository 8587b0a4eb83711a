package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The console's Dashboard in a real browser (issue 20, docs/console.md): its cart figures are the insights API's
 * (one computation, shown by stable ids), its charts draw, and its sales, stock and health panels are there, at 1280
 * px and on a phone. Screenshots: {@code target/console-screenshots/<test>/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class DashboardConsoleContract {

    static final List<String> STATUSES = List.of("active", "expiring", "expired");

    @ArquillianResource
    URL base;

    private ConsoleBrowser browser(TestInfo test) {
        return ConsoleBrowser.open(base, getClass().getSimpleName() + "/" + test.getTestMethod().orElseThrow().getName());
    }

    @Test
    void theDashboardsCartFiguresAreTheInsightsApis(TestInfo test) {
        ConsoleTestSupport.cartsWithEmails(base, "dash-" + UUID.randomUUID().toString().substring(0, 8), 2);
        try (ConsoleBrowser browser = browser(test)) {
            JsonObject before = insights();
            browser.signInAs(DemoLogins.MANAGER);
            assertEquals("/console/index.xhtml", browser.path());
            String shown = shown(browser);
            JsonObject after = insights();
            // The figures may be recomputed between the reads (their max age): the page shows one of the two.
            assertTrue(shown.equals(figures(before)) || shown.equals(figures(after)),
                    "dashboard " + shown + ", insights " + figures(before) + " / " + figures(after));
            assertTrue(Long.parseLong(browser.text("carts-active")) >= 2, shown);
        }
    }

    @Test
    void theChartsTheSalesTheStockAndTheDatabaseAreShown(TestInfo test) {
        try (ConsoleBrowser browser = browser(test)) {
            browser.signInAs(DemoLogins.ADMIN);
            for (String chart : List.of("activity-chart", "abandonment-chart", "sales-chart")) {
                WebElement canvas = browser.await().until(d -> {
                    List<WebElement> found = d.findElements(By.cssSelector("#" + chart + " canvas"));
                    return found.isEmpty() || found.get(0).getSize().getWidth() == 0 ? null : found.get(0);
                });
                assertTrue(canvas.getSize().getHeight() > 100, chart + " drawn: " + canvas.getSize());
                assertTrue((Boolean) browser.driver().executeScript(
                        "var c = arguments[0]; return !!(window.Chart && Chart.getChart(c));", canvas),
                        chart + " is a Chart.js chart");
            }
            assertTrue(browser.text("abandonment-rate").matches("\\d+\\.\\d%"), browser.text("abandonment-rate"));
            assertTrue(browser.text("sales-orders").matches("\\d+"));
            assertTrue(browser.has("sales-table"));
            assertTrue(browser.has("low-stock-table"));
            assertTrue(browser.text("low-stock-count").matches("\\d+"));
            assertEquals("UP", browser.text("database-health"));
            HttpResponse<String> ready = new Http(base).get(new Http(base).atServerRoot("health/ready"));
            if (ready.statusCode() == 200) {
                assertTrue(ready.body().contains("\"UP\""), "the readiness check agrees: " + ready.body());
            }
            browser.shot("dashboard-charts");

            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.go("console/index.xhtml");
            assertFalse(browser.pageText().isBlank());
            assertTrue(browser.has("carts-active"));
            browser.shot("dashboard-phone");
        }
    }

    private JsonObject insights() {
        HttpResponse<String> answer = ConsoleTestSupport.asAdmin(base, "wp-json/headlesscart/v1/carts/insights");
        assertEquals(200, answer.statusCode(), answer.body());
        return Http.object(answer);
    }

    private static String figures(JsonObject insights) {
        StringBuilder text = new StringBuilder();
        for (String status : STATUSES) {
            JsonObject f = insights.getJsonObject(status);
            text.append(status).append('=').append(f.getJsonNumber("carts").longValue()).append('/')
                    .append(f.getString("value")).append('/').append(f.getJsonNumber("with_email").longValue())
                    .append(' ');
        }
        return text.toString();
    }

    private static String shown(ConsoleBrowser browser) {
        StringBuilder text = new StringBuilder();
        for (String status : STATUSES) {
            text.append(status).append('=').append(browser.text("carts-" + status)).append('/')
                    .append(browser.driver().findElement(By.id("carts-" + status + "-value")).getAttribute("data-minor"))
                    .append('/').append(browser.text("carts-" + status + "-with-email")).append(' ');
        }
        return text.toString();
    }
}
