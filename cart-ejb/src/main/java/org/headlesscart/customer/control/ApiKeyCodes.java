package org.headlesscart.customer.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two halves of a WooCommerce REST API key and what is stored of them. As WooCommerce makes them
 * ({@code wc_rand_hash}): {@code ck_} or {@code cs_} and 20 random bytes in lower-case hex. The consumer key is
 * found by WooCommerce's own hash of it ({@code wc_api_hash}: HMAC-SHA256 keyed with {@code wc-api}), so a row
 * exported from WooCommerce's {@code woocommerce_api_keys.consumer_key} would find the same key here. The secret is
 * kept only as its SHA-256: 160 random bits cannot be guessed from their hash, so the deliberate cost of PBKDF2,
 * which protects passwords people choose, would only be paid again on every API call.
 */
public final class ApiKeyCodes {

    private static final Pattern CONSUMER_KEY = Pattern.compile("ck_[0-9a-f]{40}");
    private static final Pattern CONSUMER_SECRET = Pattern.compile("cs_[0-9a-f]{40}");
    private static final byte[] WC_API = "wc-api".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    private ApiKeyCodes() {
    }

    public static String newConsumerKey() {
        return "ck_" + randomHex();
    }

    public static String newConsumerSecret() {
        return "cs_" + randomHex();
    }

    public static boolean isConsumerKey(String text) {
        return text != null && CONSUMER_KEY.matcher(text).matches();
    }

    public static boolean isConsumerSecret(String text) {
        return text != null && CONSUMER_SECRET.matcher(text).matches();
    }

    /** WooCommerce's {@code wc_api_hash}: hex HMAC-SHA256 of the text, keyed with {@code wc-api}. */
    public static String lookupHash(String consumerKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(WC_API, "HmacSHA256"));
            return HEX.formatHex(mac.doFinal(consumerKey.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }

    /** Hex SHA-256 of the secret: all that is stored of it. */
    public static String secretHash(String secret) {
        return HEX.formatHex(sha256(secret));
    }

    /**
     * Whether {@code secret} hashes to {@code storedHash}, comparing the digests in constant time: how long the
     * comparison takes does not tell how many leading bytes were right. A malformed stored hash never matches.
     */
    public static boolean secretMatches(String secret, String storedHash) {
        byte[] expected;
        try {
            expected = HEX.parseHex(storedHash);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        return MessageDigest.isEqual(expected, sha256(secret));
    }

    /** The last 7 characters, by which WooCommerce shows a key ("Consumer key ending in"). */
    public static String truncated(String consumerKey) {
        return consumerKey.substring(consumerKey.length() - 7);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }

    private static String randomHex() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return HEX.formatHex(bytes);
    }
}
