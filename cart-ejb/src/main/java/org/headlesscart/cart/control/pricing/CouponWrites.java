package org.headlesscart.cart.control.pricing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.headlesscart.cart.control.LockedCart;
import org.headlesscart.cart.control.Refusal;
import org.headlesscart.cart.control.Refusal.Reason;
import org.headlesscart.pricing.model.Coupon;
import org.headlesscart.pricing.model.CouponError;
import org.headlesscart.pricing.model.CouponMessages;
import org.headlesscart.pricing.model.PricedCart;

/**
 * The coupon writes of CoCart Plus v2 (COCART-PLUS §1.2) on a locked cart, in WooCommerce's apply flow
 * ({@code WC_Cart::apply_coupon}, §3.1). The coupons they name were read before the lock ({@link StorePricing}).
 */
@Dependent
public class CouponWrites {

    /** Longer codes are no coupon's (pricing stores at most 190 characters): answered as unknown, not looked up. */
    public static final int MAX_CODE_LENGTH = 190;

    static final String NOT_ENABLED = "Coupons are not enabled for this store!";

    @Inject
    CartPricer pricer;

    /** WooCommerce's {@code wc_format_coupon_code}: tags stripped, trimmed, lower case; {@code ""} for null. */
    public static String normalize(String code) {
        return code == null ? "" : code.replaceAll("<[^>]*>", "").strip().toLowerCase(Locale.ROOT);
    }

    /** Whether a code can name a coupon at all: not empty and not longer than any stored code. */
    public static boolean lookable(String code) {
        return !code.isEmpty() && code.length() <= MAX_CODE_LENGTH;
    }

    /** {@code POST cart/apply-coupon}: {@code code} normalized and not empty; {@code email} or null. */
    public void apply(LockedCart locked, String code, String email) {
        StorePricing store = enabled(locked);
        Coupon coupon = (lookable(code) ? store.coupon(code) : Optional.<Coupon>empty()).orElseThrow(
                () -> new Refusal(Reason.COUPON_NOT_EXIST, "Coupon \"" + shown(code) + "\" does not exist!"));
        if (locked.isEmpty()) {
            throw new Refusal(Reason.COUPON_CANNOT_ADD, "Coupon cannot be applied to cart with no items.");
        }
        CartChoices choices = CartChoices.of(locked.cart());
        List<Coupon> applied = applied(choices, store, code);
        List<String> emails = email == null || email.isBlank() ? List.of() : List.of(email);
        Optional<CouponError> error = pricer.check(coupon, locked.cart(), locked.products(), store, applied, emails);
        if (error.isPresent()) {
            throw Refusal.couponFailed(error.get().code(), error.get().message());
        }
        if (choices.coupons().contains(code)) {
            locked.notices().add("info", CouponMessages.alreadyApplied(code));     // Plus v2: 200 with a notice
            return;
        }
        if (coupon.individualUse()) {
            choices.coupons().clear();
            applied = List.of();
        }
        for (Coupon other : applied) {
            if (other.individualUse()) {
                throw Refusal.couponFailed(104, CouponMessages.individualUseOnly(other.code()));
            }
        }
        choices.coupons().add(code);
        choices.storeIn(locked.cart());
        if (coupon.freeShipping()) {
            chooseFreeShipping(locked, store, choices, coupon, applied);
        }
        locked.notices().success(CouponMessages.applied(code));
    }

    /**
     * WooCommerce sets every package's chosen method to free shipping when a free-shipping coupon is applied; here
     * to the free-shipping rate each package offers now (a package without one keeps its choice).
     */
    private void chooseFreeShipping(LockedCart locked, StorePricing store, CartChoices choices, Coupon coupon,
            List<Coupon> applied) {
        List<Coupon> withIt = new ArrayList<>(applied);
        withIt.add(coupon);
        PricedCart priced = pricer.priceAsIs(locked.cart(), locked.products(), store, withIt);
        for (PricedCart.Package p : priced.packages()) {
            p.rates().stream().filter(r -> "free_shipping".equals(r.methodId())).findFirst()
                    .ifPresent(r -> choices.chosenRates().put(p.index(), r.id()));
        }
        choices.storeIn(locked.cart());
    }

    /** {@code DELETE cart/coupons/{code}}. */
    public void remove(LockedCart locked, String code) {
        enabled(locked);
        CartChoices choices = CartChoices.of(locked.cart());
        if (!choices.coupons().remove(code)) {
            throw new Refusal(Reason.COUPON_NOT_IN_CART, "Coupon does not exist in the cart.");
        }
        choices.storeIn(locked.cart());
        locked.notices().success(CouponMessages.removed(code));
    }

    /** {@code DELETE cart/coupons}. */
    public void removeAll(LockedCart locked) {
        enabled(locked);
        CartChoices choices = CartChoices.of(locked.cart());
        choices.coupons().clear();
        choices.storeIn(locked.cart());
    }

    /**
     * {@code GET cart/coupons/validate}: every applied coupon checked, e-mail restrictions too (against
     * {@code email}, else the billing e-mail); an invalid one is removed for good with WooCommerce's notice.
     */
    public void validate(LockedCart locked, String email) {
        StorePricing store = enabled(locked);
        CartChoices choices = CartChoices.of(locked.cart());
        String address = email != null && !email.isBlank() ? email : PricingInputs.email(locked.cart());
        List<String> emails = address.isBlank() ? List.of() : List.of(address);
        List<Coupon> valid = new ArrayList<>();
        for (String code : List.copyOf(choices.coupons())) {
            Optional<Coupon> coupon = store.coupon(code);
            Optional<CouponError> error = coupon.isEmpty() ? Optional.of(new CouponError(105, ""))
                    : pricer.check(coupon.get(), locked.cart(), locked.products(), store, valid, emails);
            if (error.isPresent()) {
                choices.coupons().remove(code);
                locked.notices().error(CartPricer.removedNotice(code, error.get()));
            } else {
                valid.add(coupon.get());
            }
        }
        choices.storeIn(locked.cart());
    }

    /** The store's rules, refusing when coupons are off. */
    static StorePricing enabled(LockedCart locked) {
        StorePricing store = locked.pricing();
        if (!store.rules().settings().couponsEnabled()) {
            throw new Refusal(Reason.COUPONS_NOT_ENABLED, NOT_ENABLED);
        }
        return store;
    }

    /** The cart's other applied coupons that exist, in order. */
    private static List<Coupon> applied(CartChoices choices, StorePricing store, String except) {
        return choices.coupons().stream().filter(c -> !c.equals(except)).map(store::coupon)
                .flatMap(Optional::stream).toList();
    }

    /** A code as a message shows it: a very long one cut short. */
    static String shown(String code) {
        return code.length() <= MAX_CODE_LENGTH ? code
                : code.substring(0, code.offsetByCodePoints(0, MAX_CODE_LENGTH / 2)) + "\u2026";
    }
}
