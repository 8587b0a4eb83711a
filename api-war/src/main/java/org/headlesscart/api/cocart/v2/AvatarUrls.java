package org.headlesscart.api.cocart.v2;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * WordPress's {@code avatar_urls} / {@code reviewer_avatar_urls}: Gravatar URLs at 24, 48 and 96 pixels, keyed by
 * the size (capture 40). The hash is the MD5 of the trimmed, lower-cased e-mail address; {@code d=mm} is
 * WordPress's default "mystery person" image and {@code r=g} its default rating. Like WordPress, a request over
 * HTTPS gets {@code secure.gravatar.com}, one over HTTP one of {@code 0-2.gravatar.com}, chosen by the hash.
 */
@JsonbPropertyOrder({"size24", "size48", "size96"})
public record AvatarUrls(@JsonbProperty("24") String size24, @JsonbProperty("48") String size48,
        @JsonbProperty("96") String size96) {

    public static AvatarUrls of(String email, boolean secure) {
        String hash = hash(email);
        return new AvatarUrls(url(hash, 24, secure), url(hash, 48, secure), url(hash, 96, secure));
    }

    static String url(String hash, int size, boolean secure) {
        String host = secure ? "https://secure.gravatar.com"
                : "http://" + Character.digit(hash.charAt(0), 16) % 3 + ".gravatar.com";
        return host + "/avatar/" + hash + "?s=" + size + "&d=mm&r=g";
    }

    static String hash(String email) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md5.digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every JVM", e);
        }
    }
}
