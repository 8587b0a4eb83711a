package org.headlesscart.api.cocart.v2.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The JSON quirks of CoCart's product output, in one place (contract §1.2, §4). */
final class WireFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private WireFormat() {
    }

    /** Minor units as a string; no price is {@code ""}. */
    static String money(Long minor) {
        return minor == null ? "" : Long.toString(minor);
    }

    /** {@code YYYY-MM-DDTHH:MM:SS} without zone, in the given zone; null stays null. */
    static String date(Instant instant, ZoneId zone) {
        return instant == null ? null : DATE.format(instant.atZone(zone));
    }

    /** A decimal as PHP prints it: no trailing zeros, no exponent; none is {@code ""}. */
    static String decimal(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** PHP writes an empty array where a filled one would be an object. */
    static Object objectOrEmpty(Map<String, ?> map) {
        return map.isEmpty() ? List.of() : map;
    }

    /**
     * Plain text as WordPress's {@code wpautop} shows it: blank lines part {@code <p>} paragraphs, single line
     * breaks become {@code <br />}, each paragraph ends in a newline. The text is HTML-escaped first, because it
     * is stored as typed and storefronts insert this field as HTML.
     */
    static String paragraphs(String text) {
        String escaped = text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\r\n", "\n").replace('\r', '\n').strip();
        StringBuilder html = new StringBuilder();
        for (String paragraph : escaped.split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(paragraph.strip().replaceAll("[ \t]*\n[ \t]*", "<br />\n"))
                        .append("</p>\n");
            }
        }
        return html.toString();
    }

    /** WooCommerce escapes the quotes of a product name in button descriptions. */
    static String quoted(String name) {
        return "&ldquo;" + name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "&rdquo;";
    }
}
