package org.headlesscart.webhook.control;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts one delivery, WooCommerce's way: no redirects followed, success = 200 to 302 (WooCommerce's rule), anything
 * else (or no answer) a failure. Keeps the headers sent and received, truncated, for the delivery log; the request
 * body is not kept (it holds personal data, which WooCommerce keeps out of its log too), the answer's first
 * {@link #MAX_BODY} characters are.
 */
public final class WebhookSender {

    static final int MAX_HEADERS = 4000;
    static final int MAX_BODY = 1000;

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    /** What one attempt sent and got; {@code code} null when nothing answered. */
    public record Attempt(Integer code, String message, int millis, String sentHeaders, String gotHeaders,
            String gotBody) {

        public boolean succeeded() {
            return code != null && code >= 200 && code < 303;
        }
    }

    private WebhookSender() {
    }

    /** {@code X-WC-Webhook-Signature}: base64 of the HMAC-SHA256 of the exact body bytes, keyed by the secret. */
    public static String signature(String body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from the JDK", e);
        }
    }

    public static Attempt post(String url, String contentType, String body, Map<String, String> headers,
            Duration timeout) {
        Map<String, String> sent = new LinkedHashMap<>();
        sent.put("Content-Type", contentType);
        sent.put("User-Agent", "HeadlessCart Hookshot (WooCommerce webhooks)");
        sent.putAll(headers);
        long start = System.nanoTime();
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            sent.forEach(request::header);
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String got = response.headers().map().entrySet().stream()
                    .map(e -> e.getKey() + ": " + String.join(", ", e.getValue())).collect(Collectors.joining("\n"));
            return new Attempt(response.statusCode(), null, millis(start), text(sent), cut(got, MAX_HEADERS),
                    cut(response.body(), MAX_BODY));
        } catch (IOException | IllegalArgumentException e) {
            return new Attempt(null, cut(String.valueOf(e.getMessage() != null ? e.getMessage() : e), 500),
                    millis(start), text(sent), null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(null, "interrupted", millis(start), text(sent), null, null);
        }
    }

    private static int millis(long start) {
        return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - start) / 1_000_000);
    }

    private static String text(Map<String, String> headers) {
        return cut(headers.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n")), MAX_HEADERS);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
