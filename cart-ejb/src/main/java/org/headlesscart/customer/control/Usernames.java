package org.headlesscart.customer.control;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Usernames as WordPress accepts them: letters, digits, space and {@code _ . - @}, at most 60 characters. A customer
 * created without one gets one made from the e-mail's local part, as WooCommerce makes them, with a number appended
 * while it is taken.
 */
public final class Usernames {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9 _.@-]{1,60}");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^a-z0-9_.-]");
    private static final int MAX_LENGTH = 60;

    private Usernames() {
    }

    public static boolean isValid(String username) {
        return VALID.matcher(username).matches() && !username.isBlank()
                && username.strip().equals(username);
    }

    /** A free username for the e-mail: its local part, cleaned; then with "-2", "-3", … while taken. */
    public static String fromEmail(String email, Predicate<String> taken) {
        String local = email.substring(0, Math.max(0, email.indexOf('@'))).toLowerCase(Locale.ROOT);
        String base = NOT_ALLOWED.matcher(local).replaceAll("");
        if (base.isEmpty()) {
            base = "customer";
        }
        base = base.substring(0, Math.min(base.length(), MAX_LENGTH - 6));
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
