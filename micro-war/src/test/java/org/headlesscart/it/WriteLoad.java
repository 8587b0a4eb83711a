package org.headlesscart.it;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.JsonObject;

/**
 * Storefronts adding to their carts without a pause: each worker owns one cart and adds the demo store's Vinyl
 * Album to it, one unit at a time, for as long as the load runs. It counts per cart the adds answered 200
 * (confirmed) and the adds sent, and keeps every answer that is neither 200 nor a proper outage refusal.
 */
final class WriteLoad implements AutoCloseable {

    private final CartJourney journey;
    private final ExecutorService workers;
    private final Map<String, int[]> carts = new ConcurrentHashMap<>();   // key -> {confirmed, sent}
    private final List<String> improper = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger confirmed = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger improperCount = new AtomicInteger();
    private volatile boolean running = true;

    WriteLoad(CartJourney journey, int workers) {
        this.journey = journey;
        this.workers = Executors.newFixedThreadPool(workers);
        for (int i = 0; i < workers; i++) {
            this.workers.submit(this::work);
        }
    }

    /** 503 {@code cocart_database_unavailable} in the envelope, with a whole number of seconds in Retry-After. */
    static boolean isProperRefusal(HttpResponse<String> answer) {
        if (answer == null || answer.statusCode() != 503) {
            return false;
        }
        try {
            JsonObject body = Http.object(answer);
            int retryAfter = Integer.parseInt(answer.headers().firstValue("Retry-After").orElse("0"));
            return "cocart_database_unavailable".equals(body.getString("code"))
                    && body.getJsonObject("data").getInt("status") == 503 && retryAfter > 0;
        } catch (RuntimeException notTheEnvelope) {
            return false;
        }
    }

    private void work() {
        String key = null;
        while (running && key == null) {
            HttpResponse<String> first = add(null);
            if (first != null && first.statusCode() == 200) {
                key = Http.object(first).getString("cart_key");
                carts.put(key, new int[] {1, 1});
                confirmed.incrementAndGet();
            }
        }
        while (running) {
            int[] counts = carts.get(key);
            synchronized (counts) {
                counts[1]++;
            }
            HttpResponse<String> answer = add(key);
            if (answer != null && answer.statusCode() == 200) {
                synchronized (counts) {
                    counts[0]++;
                }
                confirmed.incrementAndGet();
            }
        }
    }

    /** One add; anything but 200 or a proper refusal is recorded. After a refusal, a short pause, as a client would. */
    private HttpResponse<String> add(String key) {
        HttpResponse<String> answer;
        try {
            answer = journey.post("/add-item", key, CartJourney.addBody(DatabaseOutageContract.ALBUM, "1"));
        } catch (AssertionError e) {
            keepImproper(Instant.now() + " no answer: " + e.getMessage());
            return null;
        }
        if (answer.statusCode() != 200) {
            if (isProperRefusal(answer)) {
                refused.incrementAndGet();
            } else {
                keepImproper(Instant.now() + " " + answer.statusCode() + " " + answer.body());
            }
            pause();
        }
        return answer;
    }

    private void keepImproper(String what) {
        if (improperCount.incrementAndGet() <= 10) {       // the first few tell what went wrong
            improper.add(what);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int confirmed() {
        return confirmed.get();
    }

    int refused() {
        return refused.get();
    }

    /** Waits until this many adds were confirmed in all. */
    void awaitConfirmed(int count, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (confirmed.get() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("only " + confirmed.get() + " of " + count + " adds confirmed; improper "
                        + "answers: " + improper());
            }
            Thread.sleep(100);
        }
    }

    /** Cart key -> {adds confirmed, adds sent}; read after {@link #close}. */
    Map<String, int[]> carts() {
        return carts;
    }

    /** How many answers were neither 200 nor a proper refusal, and the first few of them. */
    String improper() {
        return improperCount.get() == 0 ? "" : improperCount.get() + " answers, first: " + improper;
    }

    /** Stops sending and waits for the answers still under way. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        workers.shutdown();
        if (!workers.awaitTermination(90, TimeUnit.SECONDS)) {
            workers.shutdownNow();
            throw new AssertionError("the load's requests did not finish");
        }
    }
}
