package org.headlesscart.it;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpServer;

/**
 * A real webhook receiver for the tests: the JDK's HTTP server on a free loopback port, keeping every request it
 * gets. It answers {@link #status} (200 unless a test changes it), after {@link #delayMillis}; {@link #stop()} and
 * {@link #start()} take it off the network and back on the same port.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received: headers (lower-case names, first value) and the exact body. */
    record Received(Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger status = new AtomicInteger(200);
    volatile int delayMillis;
    private int port;
    private HttpServer server;

    WebhookReceiver() {
        start();
    }

    synchronized void start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        } catch (IOException e) {
            throw new IllegalStateException("The receiver could not listen on port " + port, e);
        }
        port = server.getAddress().getPort();
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Map<String, String> headers = new java.util.HashMap<>();
                exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT),
                        v.get(0)));
                received.add(new Received(headers, body));
                if (delayMillis > 0) {
                    Thread.sleep(delayMillis);
                }
                byte[] answer = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status.get(), answer.length);
                exchange.getResponseBody().write(answer);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    synchronized void stop() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** The requests that are deliveries of {@code topic} (pings have no topic header). */
    List<Received> of(String topic) {
        return received.stream().filter(r -> topic.equals(r.header("X-WC-Webhook-Topic"))).toList();
    }

    /** Waits until {@code done} holds for the requests received, or fails after {@code max}. */
    void await(Duration max, String what, Predicate<List<Received>> done) {
        long end = System.nanoTime() + max.toNanos();
        while (!done.test(received)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Timed out waiting for " + what + "; received " + received.size() + ": "
                        + received.stream().map(r -> r.header("X-WC-Webhook-Topic") + " " + r.body()).toList());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public void close() {
        stop();
    }
}
