package org.headlesscart.order.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.headlesscart.catalog.model.Purchasable;
import org.headlesscart.order.model.OrderLines;
import org.headlesscart.order.model.OrderTotals;
import org.headlesscart.pricing.model.CartInput;
import org.headlesscart.pricing.model.Coupon;
import org.headlesscart.pricing.model.Location;
import org.headlesscart.pricing.model.PricedCart;
import org.headlesscart.pricing.model.PricingRules;
import org.headlesscart.pricing.model.TaxRate;

/**
 * The figures of an order staff create (wc/v3/orders): product lines at the catalog's current prices, coupons and
 * fees priced and taxed by pricing's cart totals at the order's address, exactly as a cart with the same lines
 * would be; shipping lines as the client gives them, untaxed (pricing quotes shipping only from its own zones and
 * rates, and an admin order names its own). Pure: the caller reads products, rules and coupons.
 */
public final class AdminOrderPricing {

    private AdminOrderPricing() {
    }

    /** A product line to price: the product or variation and how many. */
    public record Wanted(Purchasable product, int quantity) {
    }

    /** A fee in minor units. */
    public record Fee(String name, String taxClass, boolean taxable, long total) {
    }

    /** A shipping line in minor units. */
    public record Shipping(String methodId, String title, long total) {
    }

    /** Everything the order row and its lines take from the pricing. */
    public record Priced(List<OrderLines.Product> lines, List<OrderLines.Shipping> shipping, List<OrderLines.Fee> fees,
            List<OrderLines.Coupon> coupons, List<OrderLines.Tax> taxes, OrderTotals totals) {
    }

    /** The cart pricing would see for these lines: no shipping quoted (lines need none here), the given fees. */
    public static CartInput input(List<Wanted> wanted, List<Coupon> coupons, List<Fee> fees, Location shipping,
            Location billing, long customerId, String email) {
        List<CartInput.Line> lines = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            Purchasable p = wanted.get(i).product();
            int quantity = wanted.get(i).quantity();
            long price = p.priceMinor() == null ? 0 : p.priceMinor();
            Purchasable.PricingFacts facts = p.facts() == null ? Purchasable.PricingFacts.STANDARD : p.facts();
            lines.add(new CartInput.Line("line" + i, p.id(), p.isVariation() ? p.parentId() : 0, name(p), price,
                    BigDecimal.valueOf(quantity), Math.multiplyExact(price, quantity), facts.taxStatus(),
                    facts.taxClass(), p.onSale(), facts.categoryIds(), false, facts.shippingClassId()));
        }
        List<CartInput.Fee> cartFees = new ArrayList<>();
        for (int i = 0; i < fees.size(); i++) {
            Fee f = fees.get(i);
            cartFees.add(new CartInput.Fee("fee" + i, f.name(), f.total(), f.taxable(), f.taxClass()));
        }
        boolean given = !shipping.country().isEmpty() || !billing.country().isEmpty();
        return new CartInput(lines, coupons, cartFees, shipping, billing, given, Map.of(), customerId,
                email == null ? "" : email);
    }

    /** The order's lines and totals from pricing's answer for {@link #input} and the given shipping lines. */
    public static Priced of(PricingRules rules, List<Wanted> wanted, PricedCart priced, List<Fee> fees,
            List<Shipping> shipping) {
        List<OrderLines.Product> lines = new ArrayList<>();
        for (int i = 0; i < wanted.size(); i++) {
            Purchasable p = wanted.get(i).product();
            PricedCart.Line l = priced.lines().get(i);
            int quantity = wanted.get(i).quantity();
            lines.add(new OrderLines.Product(0, p.isVariation() ? p.parentId() : p.id(), p.isVariation() ? p.id() : 0,
                    name(p), p.sku(), quantity, p.facts() == null ? "" : p.facts().taxClass(),
                    p.priceMinor() == null ? 0 : p.priceMinor(), l.subtotal(), l.subtotalTax(), l.total(), l.totalTax(),
                    lineTaxes(l), meta(p), p.imageSrc(), 0, 0));
        }
        List<OrderLines.Fee> feeLines = new ArrayList<>();
        for (int i = 0; i < priced.fees().size(); i++) {
            PricedCart.FeeTotal f = priced.fees().get(i);
            Fee asked = fees.get(i);
            feeLines.add(new OrderLines.Fee(i + 1, f.name(), asked.taxClass(), asked.taxable() ? "taxable" : "none",
                    f.total(), f.tax(), f.taxes()));
        }
        List<OrderLines.Shipping> shippingLines = new ArrayList<>();
        long shippingTotal = 0;
        for (int i = 0; i < shipping.size(); i++) {
            Shipping s = shipping.get(i);
            shippingLines.add(new OrderLines.Shipping(i + 1, s.methodId(), s.methodId(), 0, s.title(), s.total(), 0,
                    Map.of(), ""));
            shippingTotal = Math.addExact(shippingTotal, s.total());
        }
        List<OrderLines.Coupon> coupons = new ArrayList<>();
        for (int i = 0; i < priced.coupons().size(); i++) {
            PricedCart.CouponTotal c = priced.coupons().get(i);
            coupons.add(new OrderLines.Coupon(i + 1, c.code(), c.discountType(), c.discount(), c.discountTax()));
        }
        List<OrderLines.Tax> taxes = new ArrayList<>();
        for (PricedCart.TaxTotal t : priced.taxes()) {
            taxes.add(new OrderLines.Tax(taxes.size() + 1, t.rateId(), t.code(), t.label(), t.compound(), t.amount(), 0,
                    percent(rules, t.rateId())));
        }
        PricedCart.Totals t = priced.totals();
        long cartTax = t.totalTax() - t.shippingTax();
        OrderTotals totals = new OrderTotals(t.subtotal(), t.subtotalTax(), t.discountTotal(), t.discountTax(),
                shippingTotal, 0, t.feeTotal(), t.feeTax(), cartTax, cartTax,
                Math.addExact(t.total() - t.shippingTotal() - t.shippingTax(), shippingTotal), 0);
        return new Priced(lines, shippingLines, feeLines, coupons, taxes, totals);
    }

    /** Minor units of a major-unit amount in a currency with {@code decimals}, rounded half up as WooCommerce. */
    public static long minor(BigDecimal amount, int decimals) {
        return amount.setScale(decimals, RoundingMode.HALF_UP).movePointRight(decimals).longValueExact();
    }

    /** A minor-unit amount as a decimal text with the currency's decimals ("36.00"). */
    public static String decimal(long minor, int decimals) {
        return BigDecimal.valueOf(minor, decimals).toPlainString();
    }

    /**
     * WooCommerce's line name: the product's, and for a variation its attribute values after a dash
     * ("Hoodie - Red, Large").
     */
    static String name(Purchasable p) {
        if (!p.isVariation()) {
            return p.title();
        }
        List<String> values = new ArrayList<>(meta(p).values());
        return values.isEmpty() ? p.title() : p.title() + " - " + String.join(", ", values);
    }

    /** A variation's attributes as line meta: attribute key → value label. */
    static Map<String, String> meta(Purchasable p) {
        Map<String, String> meta = new LinkedHashMap<>();
        if (!p.isVariation()) {
            return meta;
        }
        for (Purchasable.VariationAttribute a : p.attributes()) {
            String slug = p.variationValues().getOrDefault(a.key(), "");
            if (!slug.isEmpty()) {
                meta.put(a.key(), a.options().getOrDefault(slug, slug));
            }
        }
        return meta;
    }

    /**
     * Per rate, the tax after discounts and before; pricing gives the per-rate split after discounts only, so the
     * undiscounted tax is split in the same proportions (exact for one rate, and whenever nothing was discounted).
     */
    static Map<Long, OrderLines.LineTax> lineTaxes(PricedCart.Line line) {
        Map<Long, OrderLines.LineTax> taxes = new LinkedHashMap<>();
        Set<Map.Entry<Long, Long>> rates = line.taxes().entrySet();
        for (Map.Entry<Long, Long> rate : rates) {
            long subtotal = rates.size() == 1 || line.totalTax() == 0 ? line.subtotalTax()
                    : BigDecimal.valueOf(line.subtotalTax()).multiply(BigDecimal.valueOf(rate.getValue()))
                            .divide(BigDecimal.valueOf(line.totalTax()), 0, RoundingMode.HALF_UP).longValueExact();
            taxes.put(rate.getKey(), new OrderLines.LineTax(rate.getValue(), subtotal));
        }
        return taxes;
    }

    private static String percent(PricingRules rules, long rateId) {
        return rules.taxRates().stream().filter(r -> r.id() == rateId).findFirst().map(TaxRate::rate)
                .map(r -> r.stripTrailingZeros().toPlainString()).orElse("0");
    }
}
