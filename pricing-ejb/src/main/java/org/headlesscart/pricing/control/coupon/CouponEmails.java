package org.headlesscart.pricing.control.coupon;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.headlesscart.pricing.model.Coupon;
import org.headlesscart.pricing.model.CouponCheck;
import org.headlesscart.pricing.model.CouponError;
import org.headlesscart.pricing.model.CouponMessages;

/**
 * The checks that need the customer's e-mail ({@code WC_Cart::check_customer_coupons}), made only once one is
 * known: the coupon's allowed e-mails (102), and for a guest the per-customer limit counted by billing e-mail
 * (106), since a guest has no user id for {@link CouponValidation} to count.
 */
final class CouponEmails {

    private CouponEmails() {
    }

    static Optional<CouponError> check(Coupon coupon, CouponCheck check) {
        List<String> emails = check.emails().stream().map(email -> email.trim().toLowerCase(Locale.ROOT))
                .filter(email -> !email.isEmpty()).toList();
        if (emails.isEmpty()) {
            return Optional.empty();
        }
        if (!coupon.emailRestrictions().isEmpty() && !allowed(emails, coupon.emailRestrictions())) {
            return CouponValidation.error(102, CouponMessages.notYoursRemoved(coupon.code()));
        }
        if (check.userId() == 0 && coupon.usageLimitPerUser() > 0) {
            long uses = coupon.usedBy().stream().filter(entry -> emails.contains(entry.toLowerCase(Locale.ROOT)))
                    .count();
            if (uses >= coupon.usageLimitPerUser()) {
                return CouponValidation.error(106, CouponMessages.usageLimitReached(coupon.code()));
            }
        }
        return Optional.empty();
    }

    /** Any of the customer's e-mails equals an entry, or matches it with {@code *} standing for any text. */
    static boolean allowed(List<String> emails, List<String> restrictions) {
        for (String email : emails) {
            for (String restriction : restrictions) {
                if (matches(restriction.trim().toLowerCase(Locale.ROOT), email)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A glob match where {@code *} is any run of characters, possibly empty, and everything else is literal.
     * WooCommerce turns the entry into a regular expression without escaping it, so there a {@code .} also
     * matches any character; we keep the dot literal, as an admin who writes {@code *@example.com} means.
     */
    static boolean matches(String pattern, String email) {
        String[] parts = pattern.split("\\*", -1);
        if (parts.length == 1) {
            return pattern.equals(email);
        }
        if (!email.startsWith(parts[0])) {
            return false;
        }
        int at = parts[0].length();
        for (int i = 1; i < parts.length - 1; i++) {
            int found = email.indexOf(parts[i], at);
            if (found < 0) {
                return false;
            }
            at = found + parts[i].length();
        }
        String last = parts[parts.length - 1];
        return email.length() - last.length() >= at && email.endsWith(last);
    }
}
