package org.headlesscart.customer.control;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Usernames as WordPress accepts them: letters, digits, space and {@code _ . - @}, at most 60 characters. A customer
 * created without one gets one made from the e-mail's local part, as WooCommerce makes them, with a number appended
 * while it is taken. A few names are reserved for the shop's own use: nobody registers as {@code admin}.
 */
public final class Usernames {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9 _.@-]{1,60}");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^a-z0-9_.-]");
    private static final int MAX_LENGTH = 60;
    /** Local parts WooCommerce does not make usernames of: the e-mail's domain is used instead. */
    private static final Set<String> GENERIC_LOCAL_PARTS = Set.of("sales", "hello", "mail", "contact", "info");
    /**
     * Names a customer may not register (WordPress's {@code illegal_user_logins} is empty by default; a shop that
     * lets anybody register should not let them look like its staff).
     */
    private static final Set<String> RESERVED = Set.of("admin", "administrator", "root", "webmaster", "hostmaster",
            "postmaster", "support", "system", "sysadmin", "shop_manager", "shopmanager", "manager", "staff",
            "owner", "wordpress", "woocommerce", "cocart", "headlesscart", "api", "www", "abuse", "security",
            "noreply", "no-reply");

    private Usernames() {
    }

    public static boolean isValid(String username) {
        return VALID.matcher(username).matches() && !username.isBlank()
                && username.strip().equals(username);
    }

    /** Whether the name is kept from customers, in any case. */
    public static boolean isReserved(String username) {
        return RESERVED.contains(username.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * A free username for the e-mail: its local part, cleaned (the domain for {@code sales@}, {@code info@} …, as
     * WooCommerce's {@code wc_create_new_customer_username}); then with "-2", "-3", … while taken or reserved.
     * WooCommerce appends a random 4-digit number instead; counting up keeps names short and tests repeatable.
     */
    public static String fromEmail(String email, Predicate<String> taken) {
        return fromEmail(email, taken, true);
    }

    /** As {@link #fromEmail(String, Predicate)}, for a staff account, which may have a reserved name ({@code owner}). */
    public static String staffFromEmail(String email, Predicate<String> taken) {
        return fromEmail(email, taken, false);
    }

    private static String fromEmail(String email, Predicate<String> taken, boolean avoidReserved) {
        int at = Math.max(0, email.indexOf('@'));
        String local = email.substring(0, at).toLowerCase(Locale.ROOT);
        if (GENERIC_LOCAL_PARTS.contains(local)) {
            local = email.substring(Math.min(email.length(), at + 1)).toLowerCase(Locale.ROOT);
        }
        String base = NOT_ALLOWED.matcher(local).replaceAll("");
        if (base.isEmpty()) {
            base = "customer";
        }
        base = base.substring(0, Math.min(base.length(), MAX_LENGTH - 6));
        String candidate = base;
        for (int n = 2; taken.test(candidate) || avoidReserved && isReserved(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
