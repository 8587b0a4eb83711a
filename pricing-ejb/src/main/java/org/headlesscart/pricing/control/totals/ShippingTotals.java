package org.headlesscart.pricing.control.totals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.headlesscart.pricing.control.shipping.QuotedPackage;
import org.headlesscart.pricing.control.shipping.ShippingQuotes;
import org.headlesscart.pricing.control.shipping.ShippingRequest;
import org.headlesscart.pricing.control.tax.ShippingTaxRates;
import org.headlesscart.pricing.control.tax.TaxMath;
import org.headlesscart.pricing.model.CartInput;
import org.headlesscart.pricing.model.Coupon;
import org.headlesscart.pricing.model.Location;
import org.headlesscart.pricing.model.PricedCart;
import org.headlesscart.pricing.model.PricingRules;
import org.headlesscart.pricing.model.TaxRate;

/**
 * {@code calculate_shipping_totals}: the packages' rates after discounts, each taxable rate taxed with the shipping
 * rates ({@code WC_Tax::calc_shipping_tax}), and the chosen rates' cost and taxes as the cart's shipping.
 */
final class ShippingTotals {

    final List<PricedCart.Package> packages = new ArrayList<>();
    /** The chosen rates' taxes as {@code get_shipping_from_cart} keeps them: half-up per rate unless at subtotal. */
    final Map<Long, BigDecimal> taxes = new LinkedHashMap<>();
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal tax = BigDecimal.ZERO;
    /** Net cost of the chosen rates, each a "shipping line" of {@code get_tax_class_costs}. */
    final List<BigDecimal> chosenCosts = new ArrayList<>();

    void quote(Rounding r, PricingRules rules, CartInput cart, ItemTotals items, Location taxedAt) {
        List<TaxRate> rates = r.taxes
                ? ShippingTaxRates.of(r.settings, rules.taxRates(), cart.lines(), taxedAt)
                : List.of();
        for (QuotedPackage quoted : ShippingQuotes.quote(rules, request(r, cart, items))) {
            List<PricedCart.Rate> offered = new ArrayList<>();
            for (QuotedPackage.Rate rate : quoted.rates()) {
                Map<Long, BigDecimal> rateTaxes = rate.taxable() && rate.cost() > 0
                        ? TaxMath.calc(BigDecimal.valueOf(rate.cost()), rates, false, r.shippingScale)
                        : Map.of();
                Map<Long, Long> shown = new LinkedHashMap<>();
                rateTaxes.forEach((id, t) -> shown.put(id, TaxMath.minor(t)));
                offered.add(new PricedCart.Rate(rate.id(), rate.methodId(), rate.instanceId(), rate.label(),
                        rate.cost(), shown));
                if (rate.id().equals(quoted.chosenRateId())) {
                    BigDecimal cost = BigDecimal.valueOf(rate.cost());
                    total = total.add(cost);
                    chosenCosts.add(cost);
                    rateTaxes.forEach((id, t) -> {
                        BigDecimal kept = r.item(t);
                        taxes.merge(id, kept, BigDecimal::add);
                        tax = tax.add(kept);
                    });
                }
            }
            packages.add(new PricedCart.Package(quoted.index(), quoted.name(), offered, quoted.chosenRateId(),
                    quoted.destination(), quoted.itemsLabel()));
        }
    }

    /**
     * The package's figures: {@code [cost]} is each line's net total after discounts. Free shipping's minimum
     * ({@code WC_Shipping_Free_Shipping::is_available}) compares {@code round(displayed subtotal - discount tax when
     * shown incl. tax - discount total unless ignored)}: WooCommerce takes the discount's tax off even when the
     * method ignores discounts. So the subtotal passed already lacks that tax, and the discount is the difference
     * of the rounded figures, which makes {@code subtotal - discount} come out exactly as WooCommerce rounds it.
     */
    private static ShippingRequest request(Rounding r, CartInput cart, ItemTotals items) {
        Map<String, Long> net = new LinkedHashMap<>();
        items.items.forEach(item -> net.put(item.line.key(), TaxMath.minor(item.total)));
        boolean incl = r.settings.cartDisplayIncludingTax();
        BigDecimal subtotal = incl
                ? items.subtotal.add(TaxMath.sum(items.subtotalTaxes)).subtract(items.discountTax)
                : items.subtotal;
        long shownSubtotal = TaxMath.minor(subtotal);
        long shownDiscount = shownSubtotal - TaxMath.minor(subtotal.subtract(items.discount));
        boolean freeShipping = cart.coupons().stream().anyMatch(Coupon::freeShipping);
        return new ShippingRequest(cart.lines(), net, shownSubtotal, shownDiscount, freeShipping,
                cart.shippingAddress(), cart.addressGiven(), cart.chosenRates());
    }
}
