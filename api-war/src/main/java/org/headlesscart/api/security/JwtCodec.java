package org.headlesscart.api.security;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import org.headlesscart.customer.model.AccountView;

/**
 * Compact JWS with HS256 (RFC 7515, 7518, 7519), as the CoCart JWT add-on signs: the JDK's HMAC, JSON-P for the
 * JSON, constant-time signature comparison. Only HS256 is accepted, whatever the header says, so {@code alg: none}
 * or a switched algorithm never verifies. Times are whole seconds since the epoch (UTC), from the given clock.
 */
final class JwtCodec {

    /** One provider: {@code Json.create…} looks it up through the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final String ALGORITHM = "HmacSHA256";
    static final int MIN_KEY_BYTES = 32;
    /** Tolerated clock skew for {@code iat} between servers of a cluster. */
    static final long IAT_LEEWAY_SECONDS = 60;

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String HEADER = ENCODER.encodeToString(
            "{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    private final SecretKeySpec key;
    private final String issuer;
    private final String audience;
    private final Clock clock;

    JwtCodec(byte[] key, String issuer, String audience, Clock clock) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("An HS256 key needs at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
        this.issuer = issuer;
        this.audience = audience;
        this.clock = clock;
    }

    /** An access token for {@code user}, valid for {@code lifetime} from now. */
    String sign(AccountView user, Duration lifetime) {
        long now = clock.instant().getEpochSecond();
        JsonObject claims = JSON.createObjectBuilder().add("iss", issuer).add("aud", audience)
                .add("sub", Long.toString(user.id())).add("upn", Long.toString(user.id()))
                .add("preferred_username", user.username()).add("groups", JSON.createArrayBuilder().add(user.role()))
                .add("iat", now).add("exp", now + lifetime.toSeconds()).add("jti", UUID.randomUUID().toString())
                .build();
        String signingInput = HEADER + "." + ENCODER.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        return signingInput + "." + ENCODER.encodeToString(mac(signingInput));
    }

    /** The token's claims, if its signature, algorithm, issuer, audience and times hold. */
    JwtPrincipal verify(String token) throws JwtRejected {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new JwtRejected(false, "not a compact JWS");
        }
        JsonObject header = json(parts[0]);
        if (!"HS256".equals(string(header, "alg"))) {
            throw new JwtRejected(false, "algorithm is not HS256");
        }
        byte[] signature = decode(parts[2]);
        // MessageDigest.isEqual takes time independent of where the bytes differ: no signature oracle.
        if (!MessageDigest.isEqual(mac(parts[0] + "." + parts[1]), signature)) {
            throw new JwtRejected(false, "bad signature");
        }
        return claims(token, json(parts[1]));
    }

    private JwtPrincipal claims(String token, JsonObject claims) throws JwtRejected {
        long now = clock.instant().getEpochSecond();
        long exp = number(claims, "exp");
        long iat = number(claims, "iat");
        if (!issuer.equals(string(claims, "iss")) || !audiences(claims).contains(audience)) {
            throw new JwtRejected(false, "wrong issuer or audience");
        }
        if (iat > now + IAT_LEEWAY_SECONDS) {
            throw new JwtRejected(false, "issued in the future");
        }
        if (now >= exp) {
            throw new JwtRejected(true, "expired");
        }
        String subject = string(claims, "sub");
        if (subject == null || !subject.matches("[1-9][0-9]{0,18}")) {
            throw new JwtRejected(false, "subject is not a user id");
        }
        return new JwtPrincipal(token, issuer, audience, subject, string(claims, "preferred_username"),
                groups(claims), iat, exp, string(claims, "jti"));
    }

    private static Set<String> audiences(JsonObject claims) {
        JsonValue aud = claims.get("aud");
        Set<String> values = new LinkedHashSet<>();
        if (aud instanceof JsonString one) {
            values.add(one.getString());
        } else if (aud instanceof JsonArray many) {
            many.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString())
                    .forEach(values::add);
        }
        return values;
    }

    private static Set<String> groups(JsonObject claims) {
        Set<String> groups = new LinkedHashSet<>();
        if (claims.get("groups") instanceof JsonArray array) {
            array.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString())
                    .forEach(groups::add);
        }
        return groups;
    }

    private static String string(JsonObject object, String name) {
        return object.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private static long number(JsonObject object, String name) throws JwtRejected {
        if (object.get(name) instanceof JsonNumber n && n.isIntegral()) {
            return n.longValue();
        }
        throw new JwtRejected(false, "no numeric " + name);
    }

    private static JsonObject json(String part) throws JwtRejected {
        try (var reader = JSON.createReader(new StringReader(new String(decode(part), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException malformed) {
            throw new JwtRejected(false, "malformed JSON");
        }
    }

    private static byte[] decode(String part) throws JwtRejected {
        try {
            return DECODER.decode(part);
        } catch (IllegalArgumentException notBase64url) {
            throw new JwtRejected(false, "not base64url");
        }
    }

    private byte[] mac(String signingInput) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }
}
