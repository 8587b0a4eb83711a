package org.headlesscart.cart.control.pricing;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.headlesscart.pricing.model.Coupon;
import org.headlesscart.pricing.model.PricingRules;

/**
 * What pricing a cart needs from the store: the rules at one revision and the coupons it names, by lower-case code.
 * A write reads it before it locks its cart ({@link CartPricer#load}), so that no pricing query waits for a pooled
 * connection while the cart row is locked.
 */
public final class StorePricing {

    private final PricingRules rules;
    private final Map<String, Coupon> coupons;

    StorePricing(PricingRules rules, Map<String, Coupon> coupons) {
        this.rules = rules;
        this.coupons = new HashMap<>(coupons);
    }

    public PricingRules rules() {
        return rules;
    }

    /** The coupon under the code if it exists; empty when it does not (or was not read). */
    public Optional<Coupon> coupon(String code) {
        return Optional.ofNullable(coupons.get(code));
    }

    private final Set<String> missing = new HashSet<>();

    /** The codes neither found nor known missing yet. */
    List<String> unread(Collection<String> codes) {
        return codes.stream().filter(c -> !coupons.containsKey(c) && !missing.contains(c)).distinct().toList();
    }

    void add(Collection<String> asked, Map<String, Coupon> found) {
        coupons.putAll(found);
        asked.stream().filter(code -> !found.containsKey(code)).forEach(missing::add);
    }
}
