package org.headlesscart.api.security;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headlesscart.api.error.ApiRefusal;

/**
 * Whether JWT is on, and its signing key (docs/authentication.md, JWT). The key comes from
 * {@code headlesscart.jwt.secret} (base64 of at least 32 bytes) or {@code headlesscart.jwt.secret-file} (a file
 * holding that base64, as a mounted secret), never from the repository. JWT is on when a key is configured unless
 * {@code headlesscart.jwt.enabled=false}. Switched on without a usable key, it is a bad configuration: logged at
 * start, and the JWT routes answer 403 {@code cocart_jwt_auth_bad_config}, as the add-on does without its secret.
 */
@ApplicationScoped
public class JwtSettings {

    private static final Logger LOG = System.getLogger(JwtSettings.class.getName());

    @Inject
    @ConfigProperty(name = "headlesscart.jwt.enabled")
    Optional<Boolean> enabled;

    @Inject
    @ConfigProperty(name = "headlesscart.jwt.secret")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "headlesscart.jwt.secret-file")
    Optional<String> secretFile;

    @Inject
    @ConfigProperty(name = "headlesscart.jwt.issuer", defaultValue = "headless-cart")
    String issuer;

    @Inject
    @ConfigProperty(name = "headlesscart.jwt.audience", defaultValue = "headless-cart")
    String audience;

    @Inject
    @ConfigProperty(name = "headlesscart.jwt.token-lifetime", defaultValue = "P10D")
    Duration tokenLifetime;

    private JwtCodec codec;
    private boolean wanted;

    @PostConstruct
    void init() {
        Optional<byte[]> key = key();
        wanted = enabled.orElse(key.isPresent());
        if (wanted && key.isPresent()) {
            codec = new JwtCodec(key.get(), issuer, audience, Clock.systemUTC());
        } else if (wanted) {
            LOG.log(Level.ERROR, "headlesscart.jwt.enabled is true but no usable headlesscart.jwt.secret or "
                    + "headlesscart.jwt.secret-file (base64 of at least 32 bytes): JWT routes answer 403");
        }
    }

    /** Whether Bearer tokens are checked and logins issue them. */
    public boolean enabled() {
        return codec != null;
    }

    Duration tokenLifetime() {
        return tokenLifetime;
    }

    /** @throws ApiRefusal 403 {@code cocart_jwt_auth_bad_config} while JWT is off or has no key */
    JwtCodec codec() {
        if (codec == null) {
            throw new ApiRefusal(403, "cocart_jwt_auth_bad_config", wanted
                    ? "JWT is not configured properly." : "JWT authentication is not enabled.");
        }
        return codec;
    }

    private Optional<byte[]> key() {
        Optional<String> encoded = secret.filter(s -> !s.isBlank()).or(this::readSecretFile);
        return encoded.flatMap(JwtSettings::decode);
    }

    private Optional<String> readSecretFile() {
        return secretFile.filter(s -> !s.isBlank()).map(file -> {
            try {
                return Files.readString(Path.of(file), StandardCharsets.US_ASCII);
            } catch (IOException unreadable) {
                LOG.log(Level.ERROR, "Cannot read headlesscart.jwt.secret-file " + file + ": " + unreadable);
                return null;
            }
        });
    }

    /** Standard or URL-safe base64; shorter than an HS256 key must be is refused, not padded. */
    static Optional<byte[]> decode(String base64) {
        String trimmed = base64.strip();
        byte[] key;
        try {
            key = trimmed.contains("-") || trimmed.contains("_")
                    ? Base64.getUrlDecoder().decode(trimmed) : Base64.getDecoder().decode(trimmed);
        } catch (IllegalArgumentException notBase64) {
            LOG.log(Level.ERROR, "The JWT secret is not base64");
            return Optional.empty();
        }
        if (key.length < JwtCodec.MIN_KEY_BYTES) {
            LOG.log(Level.ERROR, "The JWT secret has " + key.length + " bytes; HS256 needs at least "
                    + JwtCodec.MIN_KEY_BYTES);
            return Optional.empty();
        }
        return Optional.of(key);
    }
}
