package org.headlesscart.cart.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The strong entity tag of a cart as {@code GET /cart} shows it (contract decision 9;
 * docs/conditional-writes.md): what the cart was computed from, its {@link CartStamp} (row id, version, catalog
 * revision), plus the instant its products' next sale window opens or closes, since that changes prices without any write.
 * The stamp part is a digest, so the tag does not tell how many carts the store has; the instant is written out
 * (base 36 milliseconds) so that a write can check a tag without re-reading the catalog: a tag is current while its
 * stamp is the cart's and that instant has not come yet, which is exactly when a tag computed now would be equal.
 * The value is returned without the quotes of the header.
 */
public final class CartTags {

    private CartTags() {
    }

    /** The tag of a view with this stamp, valid until {@code validUntil} ({@code null} or {@link Instant#MAX}: ever). */
    public static String of(CartStamp stamp, Instant validUntil) {
        String digest = digest(stamp);
        return validUntil == null || validUntil.equals(Instant.MAX) ? digest
                : digest + "." + Long.toString(validUntil.toEpochMilli(), 36);
    }

    /** Whether {@code tag} (unquoted) is the tag of the cart with stamp {@code current} at {@code now}. */
    public static boolean isCurrent(String tag, CartStamp current, Instant now) {
        if (tag == null || current == null) {
            return false;
        }
        int dot = tag.indexOf('.');
        String digest = dot < 0 ? tag : tag.substring(0, dot);
        if (!digest.equals(digest(current))) {
            return false;
        }
        if (dot < 0) {
            return true;
        }
        try {
            return now.toEpochMilli() < Long.parseLong(tag.substring(dot + 1), 36);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String digest(CartStamp stamp) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((stamp.cartId() + ":" + stamp.version() + ":"
                    + stamp.catalogRevision()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
