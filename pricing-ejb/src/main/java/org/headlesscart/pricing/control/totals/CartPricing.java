package org.headlesscart.pricing.control.totals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.headlesscart.pricing.control.tax.TaxLocation;
import org.headlesscart.pricing.control.tax.TaxMath;
import org.headlesscart.pricing.model.CartInput;
import org.headlesscart.pricing.model.Coupon;
import org.headlesscart.pricing.model.Location;
import org.headlesscart.pricing.model.PricedCart;
import org.headlesscart.pricing.model.PricingRules;
import org.headlesscart.pricing.model.PricingSettings;
import org.headlesscart.pricing.model.ShippingZone;

/**
 * A cart's totals in {@code WC_Cart_Totals}'s order (COCART-PLUS §3.2): item subtotals, discounts, item totals,
 * shipping, fees, grand total. The totals are rounded where WooCommerce's cart object rounds them and shown half-up
 * in minor units as CoCart prints them; the rules are written down in docs/taxes.md.
 */
public final class CartPricing {

    private CartPricing() {
    }

    /** Prices {@code cart} under {@code rules}; its coupons are already validated. */
    public static PricedCart price(PricingRules rules, CartInput cart) {
        PricingSettings settings = rules.settings();
        Rounding r = new Rounding(settings);
        Location taxedAt = TaxLocation.of(settings, cart.shippingAddress(), cart.billingAddress(),
                cart.chosenRates().values());
        // With coupons disabled WooCommerce drops the applied ones; the totals simply ignore them.
        CartInput priced = settings.couponsEnabled() ? cart : withCoupons(cart, List.of());

        ItemTotals items = new ItemTotals(r, rules.taxRates(), cart.lines(), taxedAt);
        items.subtotals();
        items.discounts(priced.coupons(), settings.calcDiscountsSequentially());
        items.totals();
        boolean needsShipping = needsShipping(rules, cart);
        ShippingTotals shipping = new ShippingTotals();
        if (needsShipping) {
            shipping.quote(r, rules, priced, items, taxedAt);
        }
        FeeTotals fees = new FeeTotals(r, rules.taxRates(), taxedAt, items, shipping, cart.fees());

        Map<Long, BigDecimal> allTaxes = new LinkedHashMap<>(items.taxes);
        fees.roundedTaxes.forEach((id, t) -> allTaxes.merge(id, t, BigDecimal::add));
        shipping.taxes.forEach((id, t) -> allTaxes.merge(id, t, BigDecimal::add));
        BigDecimal total = TaxMath.roundHalfUp(items.total.add(fees.total).add(shipping.total)
                .add(TaxMath.sum(allTaxes)));
        BigDecimal itemsTax = TaxMath.sum(items.taxes);
        BigDecimal feeAndShippingTax = TaxMath.roundHalfUp(TaxMath.sum(fees.roundedTaxes).add(shipping.tax));
        BigDecimal totalTax = TaxMath.roundTax(itemsTax.add(feeAndShippingTax), settings.pricesIncludeTax());

        PricedCart.Totals totals = new PricedCart.Totals(TaxMath.minor(items.subtotal),
                TaxMath.minor(TaxMath.sum(items.subtotalTaxes)), TaxMath.minor(fees.total), TaxMath.minor(fees.tax),
                TaxMath.minor(items.discount), TaxMath.minor(items.discountTax), TaxMath.minor(shipping.total),
                TaxMath.minor(shipping.tax), Math.max(0, total.longValueExact()), totalTax.longValueExact());
        return new PricedCart(items.lines(), List.copyOf(items.coupons), List.copyOf(fees.fees),
                List.copyOf(shipping.packages),
                TaxTotals.of(r, rules.taxRates(), items.taxes, fees.taxes, shipping.taxes), totals, needsShipping,
                cart.addressGiven());
    }

    /**
     * Decision: a cart needs shipping when shipping is enabled, a line needs it and some zone has an enabled method
     * (WooCommerce's {@code needs_shipping} plus its "no methods anywhere" check); the packages may still be empty,
     * e.g. while the cost requires an address.
     */
    static boolean needsShipping(PricingRules rules, CartInput cart) {
        return rules.settings().shippingEnabled()
                && cart.lines().stream().anyMatch(CartInput.Line::needsShipping)
                && rules.zones().stream().flatMap(zone -> zone.methods().stream())
                        .anyMatch(ShippingZone.Method::enabled);
    }

    private static CartInput withCoupons(CartInput cart, List<Coupon> coupons) {
        return new CartInput(cart.lines(), coupons, cart.fees(), cart.shippingAddress(), cart.billingAddress(),
                cart.addressGiven(), cart.chosenRates(), cart.userId(), cart.email());
    }
}
