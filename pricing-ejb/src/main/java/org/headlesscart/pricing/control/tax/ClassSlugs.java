package org.headlesscart.pricing.control.tax;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A tax class's slug from its name, as WordPress's {@code sanitize_title} makes it for plain names: accents
 * dropped, lower case, spaces to hyphens, other punctuation removed ("Reduced rate" → {@code reduced-rate}).
 */
public final class ClassSlugs {

    private ClassSlugs() {
    }

    public static String of(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_\\s-]", "")
                .trim()
                .replaceAll("[\\s-]+", "-")
                .replaceAll("^-|-$", "");
    }

    /** The name as {@code sanitize_text_field} leaves it: tags and line breaks gone, spaces collapsed. */
    public static String cleanName(String name) {
        return name.replaceAll("<[^>]*>", "").replaceAll("[\\r\\n\\t ]+", " ").trim();
    }
}
