package org.headlesscart.cart.control.pricing;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import org.headlesscart.cart.control.LockedCart;
import org.headlesscart.cart.control.Refusal;
import org.headlesscart.cart.control.Refusal.Reason;
import org.headlesscart.pricing.model.Coupon;
import org.headlesscart.pricing.model.PricedCart;

/**
 * {@code POST cart/set-shipping-method} (COCART-PLUS §1.2, §3.3): the chosen rate of one package, or of every
 * package that offers it; kept with the cart and honoured by every calculation while the package offers it.
 */
@Dependent
public class ShippingChoices {

    /** The longest rate id looked for; longer ones are no rate's ({@code method_id:instance_id}). */
    public static final int MAX_RATE_ID_LENGTH = 200;

    static final String INCORRECT = "The shipping method is either incorrect or does not exist.";

    @Inject
    CartPricer pricer;

    /** The rate id as given, checked: present. */
    public static String rateId(String rateId) {
        if (rateId == null || rateId.isBlank()) {
            throw new Refusal(Reason.MISSING_RATE_ID, "Invalid Rate ID.");
        }
        return rateId.strip();
    }

    /**
     * The package index a {@code package_id} names: empty for every package (absent or blank), -1 for one that
     * cannot exist. The first package is also called {@code default}, as the cart's {@code shipping} block keys it.
     */
    public static Optional<Integer> packageIndex(String packageId) {
        if (packageId == null || packageId.isBlank()) {
            return Optional.empty();
        }
        String id = packageId.strip();
        if ("default".equals(id)) {
            return Optional.of(0);
        }
        return Optional.of(id.matches("\\d{1,4}") ? Integer.parseInt(id) : -1);
    }

    public void choose(LockedCart locked, String rateId, Optional<Integer> packageIndex) {
        StorePricing store = locked.pricing();
        if (!store.rules().settings().shippingEnabled()) {
            throw new Refusal(Reason.SHIPPING_DISABLED, "Shipping is disabled.");
        }
        CartChoices choices = CartChoices.of(locked.cart());
        List<Coupon> coupons = choices.coupons().stream().map(store::coupon).flatMap(Optional::stream).toList();
        PricedCart priced = pricer.priceAsIs(locked.cart(), locked.products(), store, coupons);
        if (packageIndex.isEmpty()) {
            if (!priced.hasCalculatedShipping()) {
                throw new Refusal(Reason.SHIPPING_NOT_CALCULATED, "Customer has not calculated shipping.");
            }
            List<PricedCart.Package> offering = priced.packages().stream().filter(p -> offers(p, rateId)).toList();
            if (offering.isEmpty()) {
                throw new Refusal(Reason.SHIPPING_METHOD_INCORRECT, INCORRECT);
            }
            offering.forEach(p -> choices.chosenRates().put(p.index(), rateId));
        } else {
            PricedCart.Package chosen = priced.packages().stream().filter(p -> p.index() == packageIndex.get())
                    .findFirst().orElseThrow(() -> new Refusal(Reason.SHIPPING_METHOD_INCORRECT,
                            "The shipping package does not exist."));
            if (!offers(chosen, rateId)) {
                throw new Refusal(Reason.SHIPPING_METHOD_INCORRECT, INCORRECT);
            }
            choices.chosenRates().put(chosen.index(), rateId);
        }
        choices.storeIn(locked.cart());
    }

    private static boolean offers(PricedCart.Package p, String rateId) {
        return p.rates().stream().anyMatch(r -> r.id().equals(rateId));
    }
}
