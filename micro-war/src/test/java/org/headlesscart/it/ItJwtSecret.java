package org.headlesscart.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Writes a fresh random JWT signing key (base64 of 32 bytes) for one integration-test run, so that no key is ever
 * committed: the build runs this before the servers start, the server reads the file through
 * {@code HEADLESSCART_JWT_SECRET_FILE}, and JwtContract reads it too, to forge tokens that only the right key can
 * sign (one already expired).
 */
public final class ItJwtSecret {

    private ItJwtSecret() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, newSecret(), StandardCharsets.US_ASCII);
    }

    public static String newSecret() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
