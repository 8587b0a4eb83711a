package org.headlesscart.cart.control.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.headlesscart.cart.control.LockedCart;
import org.headlesscart.cart.control.Refusal;
import org.headlesscart.cart.control.Refusal.Reason;
import org.headlesscart.platform.numbers.Decimals;
import org.headlesscart.pricing.model.CartInput;
import org.headlesscart.pricing.model.TaxClass;

/**
 * The fee writes of CoCart Plus v2 (COCART-PLUS §1.2, §3.4): a fee is kept with the cart and re-applied by every
 * totals computation; its id is its name's {@code sanitize_title}, and a second fee under the same id is refused
 * with an info notice, the cart answered unchanged.
 */
public final class FeeWrites {

    /** The longest fee name kept: far beyond any label a storefront shows. */
    public static final int MAX_NAME_LENGTH = 200;
    /** The largest fee, in major units either way: beyond any real surcharge or discount. */
    private static final BigDecimal LARGEST = new BigDecimal("1000000000");

    private FeeWrites() {
    }

    /** The name as given, checked: present and not too long. */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new Refusal(Reason.FEE_MISSING_NAME, "Name of fee is missing!");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw Refusal.invalidParam(Reason.INVALID_PARAM, "name",
                    "name must be at most " + MAX_NAME_LENGTH + " characters long.");
        }
        return name.strip();
    }

    /** The amount in minor units: a decimal (negative for a discount) of at most a billion major units. */
    public static long amount(String amount, int decimals) {
        if (amount == null || amount.isBlank()) {
            throw new Refusal(Reason.FEE_MISSING_AMOUNT, "Fee amount is missing!");
        }
        Decimals.Reading read = Decimals.read(amount.strip());
        if (!read.isNumber() || read.value().abs().compareTo(LARGEST) > 0) {
            throw Refusal.invalidParam(Reason.INVALID_PARAM, "amount", "amount is not a valid amount.");
        }
        return read.value().movePointRight(decimals).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** {@code POST cart/add-fee} on the locked cart. */
    public static void add(LockedCart locked, String name, long amountMinor, boolean taxable, String taxClass) {
        String slug = taxClass == null ? "" : taxClass.strip();
        if (!slug.isEmpty() && locked.pricing().rules().settings().taxClasses().stream().map(TaxClass::slug)
                .noneMatch(slug::equals)) {
            throw Refusal.invalidParam(Reason.INVALID_PARAM, "tax_class", "tax_class is not a tax class of the store.");
        }
        if (locked.isEmpty()) {
            throw new Refusal(Reason.FEE_CANNOT_ADD, "Fee cannot be applied to cart with no items.");
        }
        CartChoices choices = CartChoices.of(locked.cart());
        String id = FeeIds.of(name);
        if (choices.fees().stream().anyMatch(f -> f.id().equals(id))) {
            locked.notices().add("info", "Fee has already been added.");
            return;
        }
        choices.fees().add(new CartInput.Fee(id, name, amountMinor, taxable, slug));
        choices.storeIn(locked.cart());
    }

    /** {@code POST cart/remove-fees}. */
    public static void removeAll(LockedCart locked) {
        CartChoices choices = CartChoices.of(locked.cart());
        choices.fees().clear();
        choices.storeIn(locked.cart());
    }
}
