package org.headlesscart.cart.control.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.headlesscart.cart.control.LineNames;
import org.headlesscart.cart.control.Money;
import org.headlesscart.cart.entity.Cart;
import org.headlesscart.cart.entity.CartItem;
import org.headlesscart.cart.entity.CustomerDetails;
import org.headlesscart.catalog.model.Purchasable;
import org.headlesscart.pricing.model.CartInput;
import org.headlesscart.pricing.model.Coupon;
import org.headlesscart.pricing.model.Location;

/**
 * A stored cart as pricing sees it ({@link CartInput}): its lines with their products' pricing facts, the customer's
 * addresses (the store's base address until the customer gives one, as WooCommerce's default customer location),
 * and its coupons, fees and chosen rates.
 */
public final class PricingInputs {

    private PricingInputs() {
    }

    /** The cart's lines that are shown: not removed, not dropped, their product known. */
    public static List<CartInput.Line> lines(Cart cart, Collection<CartItem> dropped, Map<Long, Purchasable> products) {
        List<CartInput.Line> lines = new ArrayList<>();
        if (cart == null) {
            return lines;
        }
        for (CartItem item : cart.lines()) {
            Purchasable p = products.get(item.purchasedId());
            if (p != null && !dropped.contains(item)) {
                lines.add(line(item, p));
            }
        }
        return lines;
    }

    static CartInput.Line line(CartItem item, Purchasable p) {
        long price = item.getCustomPriceMinor() != null ? item.getCustomPriceMinor()
                : p.priceMinor() == null ? 0 : p.priceMinor();
        BigDecimal quantity = item.getQuantity();
        Purchasable.PricingFacts facts = p.facts() == null ? Purchasable.PricingFacts.STANDARD : p.facts();
        return new CartInput.Line(item.getItemKey(), item.purchasedId(), p.isVariation() ? p.parentId() : 0,
                LineNames.of(p), price, quantity, Money.lineTotal(price, quantity), facts.taxStatus(),
                facts.taxClass(), p.onSale(), facts.categoryIds(), !p.virtual(), facts.shippingClassId());
    }

    /** Product id (and a variation's parent id) to the name coupon messages list (error 113). */
    static Map<Long, String> productNames(Map<Long, Purchasable> products) {
        Map<Long, String> names = new LinkedHashMap<>();
        products.values().forEach(p -> names.put(p.id(), LineNames.of(p)));
        return names;
    }

    public static CartInput input(Cart cart, List<CartInput.Line> lines, List<Coupon> coupons, CartChoices choices,
            Location base) {
        CustomerDetails customer = cart == null ? new CustomerDetails() : cart.getCustomer();
        Location billing = location(customer, "billing_");
        Location shipping = location(customer, "shipping_");
        boolean given = shipping.isKnown() || billing.isKnown();
        Location destination = shipping.isKnown() ? shipping : billing.isKnown() ? billing : base;
        return new CartInput(lines, coupons, choices.fees(), destination, billing.isKnown() ? billing : base, given,
                choices.chosenRates(), cart == null || cart.getUserId() == null ? 0 : cart.getUserId(),
                email(cart));
    }

    /** The billing e-mail in lower case, {@code ""} when none. */
    static String email(Cart cart) {
        return cart == null ? "" : cart.getCustomer().get("billing_email").strip().toLowerCase(Locale.ROOT);
    }

    private static Location location(CustomerDetails customer, String prefix) {
        return new Location(customer.get(prefix + "country"), customer.get(prefix + "state"),
                customer.get(prefix + "postcode"), customer.get(prefix + "city"));
    }
}
