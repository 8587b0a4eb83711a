package org.headlesscart.api.cocart.v2.customer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.headlesscart.api.cocart.v2.AvatarUrls;
import org.headlesscart.customer.model.AccountView;

/**
 * The body of {@code POST /login} (contract §7.2, capture 40), field for field: the id as a string, the display name
 * HTML-escaped, the roles as CoCart shows them, Gravatar URLs, and {@code extras}, which add-ons fill (JWT tokens)
 * and which is PHP's {@code []} while empty.
 */
@JsonbPropertyOrder({"userId", "firstName", "lastName", "displayName", "role", "avatarUrls", "email", "extras",
    "devNote"})
public record LoginResponse(String userId, String firstName, String lastName, String displayName, String role,
        AvatarUrls avatarUrls, String email, Object extras, String devNote) {

    static final String DEV_NOTE = "Don't forget to store the users login information in order to authenticate all "
            + "other routes with CoCart.";

    /** @param secure whether the request came over HTTPS, which picks the Gravatar host as WordPress does */
    public static LoginResponse from(AccountView user, Map<String, Object> extras, boolean secure) {
        return new LoginResponse(Long.toString(user.id()), user.firstName(), user.lastName(),
                escapeHtml(user.displayName()), roles(user.role()), AvatarUrls.of(user.email(), secure), user.email(),
                extras.isEmpty() ? java.util.List.of() : extras, DEV_NOTE);
    }

    /**
     * CoCart's {@code role}: each WordPress role slug with its first letter capitalised (PHP's {@code ucfirst}),
     * joined by ", ". So {@code shop_manager} shows as "Shop_manager", exactly as upstream shows it.
     */
    static String roles(String... slugs) {
        return Arrays.stream(slugs).filter(s -> !s.isEmpty())
                .map(s -> s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1))
                .collect(Collectors.joining(", "));
    }

    /** WordPress's {@code esc_html}: the five characters that could open markup or leave an attribute. */
    static String escapeHtml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#039;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
