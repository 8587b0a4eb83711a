package org.headlesscart.webhook.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

import org.headlesscart.webhook.boundary.WebhookException;
import org.headlesscart.webhook.boundary.WebhookFailure;
import org.headlesscart.webhook.model.WebhookTopics;

/** What a webhook's fields must be; lengths bound by the columns. */
public final class WebhookRules {

    public static final int MAX_URL = WebhookTopics.MAX_URL;

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookRules() {
    }

    /** The topic, lower-cased as WooCommerce does, if it is one we know. */
    public static String topic(String topic) {
        String lower = topic == null ? "" : topic.strip().toLowerCase(Locale.ROOT);
        if (!WebhookTopics.ALL.contains(lower)) {
            throw new WebhookException(WebhookFailure.INVALID_TOPIC);
        }
        return lower;
    }

    /** An absolute http or https URL with a host, at most {@link #MAX_URL} characters. */
    public static String deliveryUrl(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_URL) {
            throw new WebhookException(WebhookFailure.INVALID_DELIVERY_URL);
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new WebhookException(WebhookFailure.INVALID_DELIVERY_URL);
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new WebhookException(WebhookFailure.INVALID_DELIVERY_URL);
        }
    }

    /** A secret when none is given: 36 random bytes as 48 URL-safe base64 characters (WooCommerce generates one too). */
    public static String newSecret() {
        byte[] bytes = new byte[36];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
