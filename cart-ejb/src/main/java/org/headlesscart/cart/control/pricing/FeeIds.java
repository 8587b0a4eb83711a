package org.headlesscart.cart.control.pricing;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A fee's id as WooCommerce derives it from the name (COCART-PLUS §3.4): WordPress's {@code sanitize_title}, that
 * is accents removed, tags stripped, lower case, blanks to dashes, other characters than letters, digits,
 * {@code _} and {@code -} dropped, non-ASCII kept as lower-case percent-encoded UTF-8, dashes collapsed and trimmed.
 */
public final class FeeIds {

    private FeeIds() {
    }

    public static String of(String name) {
        String text = Normalizer.normalize(name.replaceAll("<[^>]*>", ""), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
                id.append((char) c);
            } else if (Character.isWhitespace(c) || c == '.') {
                id.append('-');
            } else if (c > 127) {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    id.append('%').append(String.format("%02x", b & 0xff));
                }
            }
        }
        return id.toString().replaceAll("-+", "-").replaceAll("^-|-$", "");
    }
}
