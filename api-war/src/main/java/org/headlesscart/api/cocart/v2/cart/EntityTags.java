package org.headlesscart.api.cocart.v2.cart;

import java.util.ArrayList;
import java.util.List;

import org.headlesscart.api.http.EntityTagSyntax;
import org.headlesscart.cart.model.WriteConditions;

/**
 * {@code If-Match} and {@code If-None-Match} on the cart routes, as RFC 9110 §13.1.1–13.1.2 read them: a list of
 * entity tags or {@code *}. If-Match compares strongly (a weak tag never matches), If-None-Match weakly (the
 * opaque values alone). The cart's tags are strong ({@link org.headlesscart.cart.model.CartTags}). A value
 * without quotes is taken as the tag it names, as lenient clients send it.
 */
final class EntityTags {

    private EntityTags() {
    }

    /** The header value for a tag: quoted, strong. */
    static String quoted(String tag) {
        return "\"" + tag + "\"";
    }

    /** {@code If-Match} as the cart service takes it; {@code null} when the request sent none. */
    static WriteConditions.IfMatch ifMatch(String header) {
        if (header == null) {
            return null;
        }
        if (header.strip().equals("*")) {
            return new WriteConditions.IfMatch(true, List.of());
        }
        List<String> strong = new ArrayList<>();
        for (String tag : EntityTagSyntax.elements(header)) {
            if (!tag.startsWith("W/")) {
                strong.add(EntityTagSyntax.opaque(tag));
            }
        }
        return new WriteConditions.IfMatch(false, strong);
    }

    /** Whether {@code If-Match} holds for a representation with this tag ({@code null}: none exists). */
    static boolean ifMatchHolds(String header, String current) {
        WriteConditions.IfMatch ifMatch = ifMatch(header);
        return ifMatch == null || current != null && (ifMatch.any() || ifMatch.tags().contains(current));
    }

    /**
     * Whether {@code If-None-Match} fails for a representation with this tag, i.e. a GET answers 304: {@code *}
     * when one exists, else one of the listed tags equal to it by weak comparison.
     */
    static boolean noneMatchFails(String header, String current) {
        return EntityTagSyntax.noneMatches(header, current);
    }
}
