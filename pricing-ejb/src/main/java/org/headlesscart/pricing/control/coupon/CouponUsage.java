package org.headlesscart.pricing.control.coupon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.headlesscart.pricing.model.CouponUse;

/**
 * The arithmetic of a coupon's usage as WooCommerce keeps it: {@code usage_count} and {@code used_by}, one entry per
 * placed order, the customer's user id or, for a guest, the billing e-mail (lower-case). A customer's uses are the
 * entries with their user id or their e-mail, so that checking out as a guest does not reset a logged-in
 * customer's per-user limit.
 */
public final class CouponUsage {

    private CouponUsage() {
    }

    /** The {@code used_by} entry of a use: the user id, else the e-mail (empty when there is none). */
    public static String entry(CouponUse use) {
        return use.customerId() > 0 ? String.valueOf(use.customerId()) : use.email().trim().toLowerCase(Locale.ROOT);
    }

    /** How many entries of {@code usedBy} are the customer's of {@code use}. */
    public static long usesBy(List<String> usedBy, CouponUse use) {
        String id = use.customerId() > 0 ? String.valueOf(use.customerId()) : null;
        String email = use.email().trim();
        return usedBy.stream().filter(e -> e.equals(id) || (!email.isEmpty() && e.equalsIgnoreCase(email))).count();
    }

    /**
     * Whether one more use would break a limit: the overall one ({@code usage_count < usage_limit}) or the
     * customer's ({@code usage_limit_per_user}); 0 is unlimited.
     */
    public static boolean limitReached(int usageLimit, int usageLimitPerUser, int usageCount, List<String> usedBy,
            CouponUse use) {
        if (usageLimit > 0 && usageCount >= usageLimit) {
            return true;
        }
        return usageLimitPerUser > 0 && usesBy(usedBy, use) >= usageLimitPerUser;
    }

    /** {@code usedBy} with the use's entry added (none for a guest without an e-mail). */
    public static List<String> withUse(List<String> usedBy, CouponUse use) {
        List<String> entries = new ArrayList<>(usedBy);
        String entry = entry(use);
        if (!entry.isEmpty()) {
            entries.add(entry);
        }
        return entries;
    }

    /** {@code usedBy} with the use's last entry removed, as WooCommerce deletes one {@code _used_by} row. */
    public static List<String> withoutUse(List<String> usedBy, CouponUse use) {
        List<String> entries = new ArrayList<>(usedBy);
        int last = entries.lastIndexOf(entry(use));
        if (last >= 0) {
            entries.remove(last);
        }
        return entries;
    }
}
