package org.headlesscart.pricing.control.coupon;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Locale;

import org.headlesscart.pricing.model.CouponUse;

/**
 * The arithmetic of a coupon's usage as WooCommerce keeps it: {@code usage_count} and {@code used_by}, one entry per
 * placed order, the customer's user id or, for a guest, the billing e-mail (lower-case). A customer's uses are the
 * entries with their user id or their e-mail, so that checking out as a guest does not reset a logged-in
 * customer's per-user limit.
 */
public final class CouponUsage {

    /** The longest entry kept (an e-mail address has at most 254 characters). */
    static final int ENTRY_LENGTH = 254;

    private CouponUsage() {
    }

    /** The {@code used_by} entry of a use: the user id, else the e-mail (empty when there is none). */
    public static String entry(CouponUse use) {
        return use.customerId() > 0 ? String.valueOf(use.customerId()) : email(use);
    }

    /** The use's e-mail as an entry: trimmed, lower-case, bounded to the column. */
    private static String email(CouponUse use) {
        String email = use.email().trim().toLowerCase(Locale.ROOT);
        return email.length() > ENTRY_LENGTH ? email.substring(0, ENTRY_LENGTH) : email;
    }

    /** The entries that are the customer's of {@code use}: their user id and their e-mail (lower-case). */
    public static Set<String> customersEntries(CouponUse use) {
        Set<String> entries = new LinkedHashSet<>();
        if (use.customerId() > 0) {
            entries.add(String.valueOf(use.customerId()));
        }
        String email = email(use);
        if (!email.isEmpty()) {
            entries.add(email);
        }
        return entries;
    }

    /**
     * Whether one more use would break a limit: the overall one ({@code usage_count < usage_limit}) or the
     * customer's ({@code usage_limit_per_user}, against {@code customersUses}); 0 is unlimited.
     */
    public static boolean limitReached(int usageLimit, int usageLimitPerUser, int usageCount, long customersUses) {
        if (usageLimit > 0 && usageCount >= usageLimit) {
            return true;
        }
        return usageLimitPerUser > 0 && customersUses >= usageLimitPerUser;
    }
}
