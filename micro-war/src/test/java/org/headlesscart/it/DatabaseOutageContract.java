package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database goes away under write load and comes back (issue 15, docs/decisions.md, Database outages): while it
 * is paused (SIGSTOP) and while it is dead (SIGKILL, then started again), a request answers 503
 * {@code cocart_database_unavailable} with {@code Retry-After} within {@value #REFUSAL_SECONDS} s and
 * {@code /health/ready} answers DOWN within {@value #READINESS_SECONDS} s; afterwards everything works again, no add
 * that was answered 200 is missing from its cart, no answer was anything but 200 or that 503, and the outage wrote
 * a bounded log. {@code /store}, which needs no database, answers throughout. Runs in an execution of its own,
 * against a database of its own ({@link OutageDatabase}).
 */
@ExtendWith({OutageDatabase.class, ServerOutput.class, ArquillianExtension.class})
@RunAsClient
public abstract class DatabaseOutageContract {

    static final String ALBUM = "12";             // the demo store's Vinyl Album: no managed stock, no limit
    static final int REFUSAL_SECONDS = 3;
    static final int READINESS_SECONDS = 2;
    // Each pooled connection that was in use when the database died fails once, and Payara logs that with a few
    // stack traces (about 55 KB); nothing else in an outage may write a trace per request (before: 121 MB in 20 s).
    static final long OUTAGE_LOG_BYTES = 1024 * 1024;
    static final long OUTAGE_STACK_FRAMES = 8000;

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @ArquillianResource
    URL base;

    @Test
    void aPausedThenKilledDatabaseIsA503WithinSecondsAndEveryConfirmedAddSurvives() throws Exception {
        OutageDatabase db = OutageDatabase.current();
        Http http = new Http(base);
        CartJourney journey = new CartJourney(http);
        ServerOutput.Mark logBefore;
        ServerOutput.Mark logAfter;
        WriteLoad load = new WriteLoad(journey, 6);
        try (load) {
            load.awaitConfirmed(30, Duration.ofSeconds(60));
            logBefore = ServerOutput.current().mark();

            db.pause();
            try {
                assertReadinessGoesDown(http, "paused");
                assertRefusedQuickly(journey, 5, "paused");
                Timed store = timed(HttpRequest.newBuilder(http.at("wp-json/cocart/v2/store")).GET());
                assertTrue(store.within(REFUSAL_SECONDS) && store.status() == 200, "/store needs no database: " + store);
            } finally {
                db.resume();
            }
            awaitReady(http, Duration.ofSeconds(30), "after the pause");
            load.awaitConfirmed(load.confirmed() + 20, Duration.ofSeconds(30));

            db.kill();
            assertRefusedQuickly(journey, 5, "killed");
            assertReadinessGoesDown(http, "killed");
            db.restart(Duration.ofSeconds(60));
            awaitReady(http, Duration.ofSeconds(30), "after the restart");
            load.awaitConfirmed(load.confirmed() + 20, Duration.ofSeconds(30));
            logAfter = ServerOutput.current().mark();
        }

        assertTrue(load.improper().isEmpty(), "every answer is 200 or 503 cocart_database_unavailable with "
                + "Retry-After: " + load.improper());
        load.carts().forEach((key, counts) -> {
            int quantity = quantity(Http.object(journey.get("", key)));
            assertTrue(quantity >= counts[0], "cart " + key + " holds " + quantity + " after " + counts[0]
                    + " confirmed adds: a confirmed add was lost");
            assertTrue(quantity <= counts[1], "cart " + key + " holds " + quantity + " after " + counts[1] + " sent");
        });
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> add = journey.post("/add-item", null, CartJourney.addBody(ALBUM, "1"));
            assertEquals(200, add.statusCode(), "recovered: " + add.body());
        }
        long bytes = logAfter.bytes() - logBefore.bytes();
        long frames = logAfter.stackFrames() - logBefore.stackFrames();
        assertTrue(bytes < OUTAGE_LOG_BYTES && frames < OUTAGE_STACK_FRAMES, "the outages wrote " + bytes
                + " bytes of log with " + frames + " stack frames (" + load.refused() + " refusals)");
    }

    /** Every call answers within the bound, and one answers DOWN soon after the database went away. */
    private void assertReadinessGoesDown(Http http, String state) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(REFUSAL_SECONDS + 2);
        while (true) {
            Timed answer = timed(HttpRequest.newBuilder(http.atServerRoot("health/ready")).GET());
            assertTrue(answer.within(READINESS_SECONDS), "/health/ready answered within " + READINESS_SECONDS
                    + " s while the database is " + state + ": " + answer);
            if (answer.response.statusCode() == 503) {
                assertTrue(answer.response.body().contains("DOWN"), answer.response.body());
                return;
            }
            assertTrue(Instant.now().isBefore(deadline), "/health/ready still UP while the database is " + state);
            Thread.sleep(200);
        }
    }

    /** Fresh add-items are refused at once: 503 in the envelope, with the code and Retry-After. */
    private void assertRefusedQuickly(CartJourney journey, int times, String state) {
        for (int i = 0; i < times; i++) {
            Timed answer = timed(HttpRequest.newBuilder(journey.cart("/add-item", null))
                    .header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofString(CartJourney.addBody(ALBUM, "1"))));
            assertTrue(answer.within(REFUSAL_SECONDS), "add-item answered within " + REFUSAL_SECONDS
                    + " s while the database is " + state + ": " + answer);
            assertTrue(WriteLoad.isProperRefusal(answer.response), "503 cocart_database_unavailable with "
                    + "Retry-After while the database is " + state + ": " + answer);
        }
    }

    private void awaitReady(Http http, Duration within, String when) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (timed(HttpRequest.newBuilder(http.atServerRoot("health/ready")).GET()).status() != 200) {
            assertTrue(Instant.now().isBefore(deadline), "/health/ready UP again " + when);
            Thread.sleep(200);
        }
    }

    private static int quantity(JsonObject cart) {
        return cart.getJsonArray("items").getJsonObject(0).getJsonObject("quantity").getInt("value");
    }

    /** An answer and how long it took; no answer within 10 s counts as none (status 0). */
    private static Timed timed(HttpRequest.Builder request) {
        Instant start = Instant.now();
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(),
                    BodyHandlers.ofString());
            return new Timed(response, Duration.between(start, Instant.now()));
        } catch (IOException e) {
            return new Timed(null, Duration.between(start, Instant.now()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private record Timed(HttpResponse<String> response, Duration took) {

        boolean within(int seconds) {
            return response != null && took.compareTo(Duration.ofSeconds(seconds)) <= 0;
        }

        int status() {
            return response == null ? 0 : response.statusCode();
        }

        @Override
        public String toString() {
            return (response == null ? "no answer" : response.statusCode() + " " + response.headers().map() + " "
                    + response.body()) + " after " + took.toMillis() + " ms";
        }
    }
}
