package org.headlesscart.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

/**
 * The operator's user name and password, and the check of a request's {@code Authorization} header against them
 * (HTTP Basic, RFC 7617, UTF-8). Without a configured password nobody is the operator. Comparisons take the same
 * time whatever the guess: both sides are hashed first, so neither a matching prefix nor the length leaks.
 */
public final class OperatorCredentials {

    /** What a request's credentials are. */
    public enum Verdict {
        /** The operator's user name and password. */
        OPERATOR,
        /** No credentials, or a scheme other than Basic: an anonymous request. */
        ANONYMOUS,
        /** Basic credentials that are not the operator's, or not well-formed, or any when no password is set. */
        WRONG
    }

    private static final String BASIC = "Basic";

    private final byte[] usernameHash;
    private final Optional<byte[]> passwordHash;

    /** @param password empty when none is configured: then every request is refused */
    public OperatorCredentials(String username, Optional<String> password) {
        this.usernameHash = sha256(username);
        this.passwordHash = password.filter(p -> !p.isEmpty()).map(OperatorCredentials::sha256);
    }

    public boolean isConfigured() {
        return passwordHash.isPresent();
    }

    /** @param authorization the {@code Authorization} header; null when the request has none */
    public Verdict check(String authorization) {
        String[] schemeAndToken = authorization == null ? new String[] {""} : authorization.strip().split("\\s+", 2);
        if (!schemeAndToken[0].equalsIgnoreCase(BASIC)) {
            return Verdict.ANONYMOUS;
        }
        String credentials;
        try {
            credentials = new String(Base64.getDecoder().decode(schemeAndToken.length > 1 ? schemeAndToken[1] : ""),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Verdict.WRONG;
        }
        int colon = credentials.indexOf(':');
        if (colon < 0 || passwordHash.isEmpty()) {
            return Verdict.WRONG;
        }
        // Both comparisons run, whatever the first says.
        boolean username = MessageDigest.isEqual(usernameHash, sha256(credentials.substring(0, colon)));
        boolean password = MessageDigest.isEqual(passwordHash.get(), sha256(credentials.substring(colon + 1)));
        return username & password ? Verdict.OPERATOR : Verdict.WRONG;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
