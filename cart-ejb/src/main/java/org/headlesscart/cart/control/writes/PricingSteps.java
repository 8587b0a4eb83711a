package org.headlesscart.cart.control.writes;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.headlesscart.cart.control.CartSettings;
import org.headlesscart.cart.control.LockedCart;
import org.headlesscart.cart.control.Refusal;
import org.headlesscart.cart.control.pricing.CouponWrites;
import org.headlesscart.cart.control.pricing.FeeWrites;
import org.headlesscart.cart.control.pricing.ShippingChoices;
import org.headlesscart.cart.model.CartOperation;

/**
 * The CoCart Plus writes as steps of {@link CartWrites}: their arguments checked before the lock, their change
 * applied to the locked cart. Being steps, they run in the batch routes as every other cart write does, and none
 * starts a cart: on an unknown key they see an empty cart and refuse, as CoCart Plus does.
 */
@Dependent
public class PricingSteps {

    @Inject
    CouponWrites coupons;

    @Inject
    ShippingChoices shipping;

    @Inject
    CartSettings settings;

    /** The step of a pricing operation; {@code null} for any other operation. */
    CartWrites.Step prepare(CartOperation operation) {
        if (operation instanceof CartOperation.ApplyCoupon apply) {
            String code = CouponWrites.normalize(apply.code());
            if (code.isEmpty()) {
                throw new Refusal(Refusal.Reason.COUPON_CODE_REQUIRED, "No coupon code provided!");
            }
            String email = bounded(apply.email(), "email");
            return withCodes(CouponWrites.lookable(code) ? List.of(code) : List.of(), locked -> {
                coupons.apply(locked, code, email);
                return CartWrites.Outcome.NONE;
            });
        }
        if (operation instanceof CartOperation.RemoveCoupon remove) {
            String code = CouponWrites.normalize(remove.code());
            if (code.isEmpty()) {
                throw new Refusal(Refusal.Reason.COUPON_REQUIRED, "No coupon code provided!");
            }
            return locked -> {
                coupons.remove(locked, code);
                return CartWrites.Outcome.NONE;
            };
        }
        if (operation instanceof CartOperation.RemoveCoupons) {
            return locked -> {
                coupons.removeAll(locked);
                return CartWrites.Outcome.NONE;
            };
        }
        if (operation instanceof CartOperation.ValidateCoupons validate) {
            String email = bounded(validate.email(), "email");
            return locked -> {
                coupons.validate(locked, email);
                return CartWrites.Outcome.NONE;
            };
        }
        if (operation instanceof CartOperation.AddFee fee) {
            String name = FeeWrites.name(fee.name());
            long amount = FeeWrites.amount(fee.amount(), settings.currencyDecimals());
            String taxClass = bounded(fee.taxClass(), "tax_class");
            return locked -> {
                FeeWrites.add(locked, name, amount, fee.taxable(), taxClass);
                return CartWrites.Outcome.NONE;
            };
        }
        if (operation instanceof CartOperation.RemoveFees) {
            return locked -> {
                FeeWrites.removeAll(locked);
                return CartWrites.Outcome.NONE;
            };
        }
        if (operation instanceof CartOperation.SetShippingMethod set) {
            String rateId = ShippingChoices.rateId(set.rateId());
            Optional<Integer> index = ShippingChoices.packageIndex(bounded(set.packageId(), "package_id"));
            return locked -> {
                shipping.choose(locked, rateId, index);
                return CartWrites.Outcome.NONE;
            };
        }
        return null;
    }

    /** The most any other text argument of these routes may have: e-mails, tax class slugs, package ids. */
    static final int MAX_TEXT_LENGTH = 200;

    private static String bounded(String value, String name) {
        if (value != null && value.length() > MAX_TEXT_LENGTH) {
            throw Refusal.invalidParam(Refusal.Reason.INVALID_PARAM, name,
                    name + " must be at most " + MAX_TEXT_LENGTH + " characters long.");
        }
        return value;
    }

    private static CartWrites.Step withCodes(Collection<String> codes,
            java.util.function.Function<LockedCart, CartWrites.Outcome> apply) {
        return new CartWrites.Step() {
            @Override
            public Collection<String> couponCodes() {
                return codes;
            }

            @Override
            public CartWrites.Outcome apply(LockedCart locked) {
                return apply.apply(locked);
            }
        };
    }
}
