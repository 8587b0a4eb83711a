package org.headlesscart.pricing.boundary;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.headlesscart.pricing.control.coupon.CouponRows;
import org.headlesscart.pricing.control.coupon.CouponStore;
import org.headlesscart.pricing.control.coupon.CouponUsage;
import org.headlesscart.pricing.entity.StoredCoupon;
import org.headlesscart.pricing.model.CouponUse;

/**
 * Coupon usage as orders count it (docs/orders.md "Coupon usage"): {@code usage_count} and {@code used_by} go up
 * when an order is placed (or reopened) and down when it fails or is cancelled. Always in the caller's transaction,
 * so the count moves with the order or not at all; the coupon rows are locked in id order, so two orders of a
 * coupon with one use left cannot both count it.
 *
 * <p>Carts keep coupons per catalog revision (docs/pricing-admin.md "How carts see changes"): when a coupon's
 * overall limit becomes used up, or available again, the catalog revision must be bumped so kept carts see it at
 * once. Both methods say so and leave the bump to the caller, who must bump last
 * ({@code CatalogRevisionService.bump}): the revision row is locked until the commit, and an order still to lock
 * its products after it could deadlock with a product edit (product, then revision). A customer's own limit does
 * not call for a bump (that would renew every kept answer on most orders): the cart may still show such a
 * coupon, and the order's count refuses it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CouponUsageService {

    @Inject
    CouponStore coupons;

    /**
     * Counts the uses. Codes of coupons deleted meanwhile are skipped.
     *
     * @param enforceLimits whether a use past a limit is refused (an order being placed or paid for again), or
     *                      counted anyway (staff reopening an order, a payment already taken)
     * @return whether a coupon's overall usage limit is now used up: the caller bumps the catalog revision last
     * @throws CouponUsageLimitReached for the first use past a limit, when enforced; nothing is counted
     */
    public boolean record(List<CouponUse> uses, boolean enforceLimits) {
        Map<String, StoredCoupon> locked = lock(uses);
        if (enforceLimits) {
            for (CouponUse use : uses) {
                StoredCoupon coupon = locked.get(CouponRows.normalizeCode(use.code()));
                // The customer's uses are counted only against a per-user limit: one indexed COUNT, under the lock.
                if (coupon != null && CouponUsage.limitReached(coupon.getUsageLimit(),
                        coupon.getUsageLimitPerUser(), coupon.getUsageCount(), coupon.getUsageLimitPerUser() > 0
                                ? coupons.usesBy(coupon.getId(), CouponUsage.customersEntries(use)) : 0)) {
                    throw new CouponUsageLimitReached(coupon.getCode());
                }
            }
        }
        boolean limitsChanged = false;
        for (CouponUse use : uses) {
            StoredCoupon coupon = locked.get(CouponRows.normalizeCode(use.code()));
            if (coupon == null) {
                continue;
            }
            int count = coupon.getUsageCount() + 1;
            coupon.setUsageCount(count);
            String entry = CouponUsage.entry(use);
            if (!entry.isEmpty()) {         // a guest without an e-mail leaves no entry, as in WooCommerce
                coupons.addUse(coupon.getId(), entry);
            }
            limitsChanged |= coupon.getUsageLimit() > 0 && count == coupon.getUsageLimit();
        }
        return limitsChanged;
    }

    /**
     * Takes the uses back (an order failed or was cancelled); never below zero.
     *
     * @return whether a coupon's overall usage limit is no longer used up: the caller bumps the catalog revision
     *         last
     */
    public boolean release(List<CouponUse> uses) {
        Map<String, StoredCoupon> locked = lock(uses);
        boolean limitsChanged = false;
        for (CouponUse use : uses) {
            StoredCoupon coupon = locked.get(CouponRows.normalizeCode(use.code()));
            if (coupon == null || coupon.getUsageCount() == 0) {
                continue;
            }
            int count = coupon.getUsageCount() - 1;
            coupon.setUsageCount(count);
            coupons.removeLastUse(coupon.getId(), CouponUsage.entry(use));
            limitsChanged |= coupon.getUsageLimit() > 0 && count == coupon.getUsageLimit() - 1;
        }
        return limitsChanged;
    }

    private Map<String, StoredCoupon> lock(List<CouponUse> uses) {
        TreeSet<String> codes = uses.stream().map(u -> CouponRows.normalizeCode(u.code()))
                .collect(Collectors.toCollection(TreeSet::new));
        return coupons.lockByCodes(codes).stream()
                .collect(Collectors.toMap(StoredCoupon::getCode, Function.identity()));
    }
}
