package org.headlesscart.pricing.control.totals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.headlesscart.pricing.control.coupon.Discounts;
import org.headlesscart.pricing.control.tax.TaxMath;
import org.headlesscart.pricing.control.tax.TaxRates;
import org.headlesscart.pricing.model.CartInput;
import org.headlesscart.pricing.model.Coupon;
import org.headlesscart.pricing.model.Location;
import org.headlesscart.pricing.model.PricedCart;
import org.headlesscart.pricing.model.TaxRate;

/**
 * The items part of {@code WC_Cart_Totals::calculate_item_totals}: subtotals on the undiscounted lines, the coupons'
 * discounts with the tax they take off, then totals on the discounted lines.
 */
final class ItemTotals {

    final List<Item> items = new ArrayList<>();
    final Map<Long, BigDecimal> subtotalTaxes = new LinkedHashMap<>();
    final Map<Long, BigDecimal> taxes = new LinkedHashMap<>();
    final List<PricedCart.CouponTotal> coupons = new ArrayList<>();
    BigDecimal subtotal = BigDecimal.ZERO;
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal discount = BigDecimal.ZERO;
    BigDecimal discountTax = BigDecimal.ZERO;
    private final Rounding r;

    ItemTotals(Rounding r, List<TaxRate> table, List<CartInput.Line> lines, Location where) {
        this.r = r;
        Map<String, List<TaxRate>> byClass = new LinkedHashMap<>();
        for (CartInput.Line line : lines) {
            String taxClass = line.taxClass() == null ? "" : line.taxClass();
            List<TaxRate> rates = r.taxes
                    ? byClass.computeIfAbsent(taxClass, c -> TaxRates.find(table, where, c))
                    : List.of();
            Item item = new Item(line, "taxable".equals(line.taxStatus()), rates);
            if (r.pricesIncludeTax && item.taxable) {
                reTaxAbroad(item, TaxRates.find(table, r.settings.base(), taxClass));
            }
            items.add(item);
        }
    }

    /**
     * {@code adjust_non_base_location_price}: a gross price entered for the base address loses the base taxes and
     * gains the customer's, so the gross price changes abroad. The result stays gross and unrounded.
     */
    private void reTaxAbroad(Item item, List<TaxRate> baseRates) {
        if (item.rates.equals(baseRates)) {
            return;
        }
        BigDecimal net = item.price.subtract(TaxMath.sum(TaxMath.calc(item.price, baseRates, true, r.itemScale)));
        item.price = net.add(TaxMath.sum(TaxMath.calc(net, item.rates, false, r.itemScale)));
    }

    void subtotals() {
        for (Item item : items) {
            item.subtotal = item.price;
            if (r.taxes && item.taxable) {
                item.subtotalTaxes = TaxMath.calc(item.subtotal, item.rates, r.pricesIncludeTax, r.itemScale);
                if (r.pricesIncludeTax) {
                    item.subtotal = item.subtotal.subtract(TaxMath.sum(item.subtotalTaxes));
                }
                r.mergeRounded(subtotalTaxes, item.subtotalTaxes);
            }
            subtotal = subtotal.add(r.item(item.subtotal));
        }
    }

    /**
     * {@code calculate_discounts}: {@link Discounts} works on whole minor units of the entered (gross or net) price;
     * the tax in each coupon's discount is computed per line with the line's rates and, with gross prices, taken out
     * of the coupon's reported discount.
     */
    void discounts(List<Coupon> applied, boolean sequential) {
        if (applied.isEmpty()) {
            return;
        }
        List<CartInput.Line> lines = items.stream().map(ItemTotals::asDiscounted).toList();
        Map<String, Map<String, Long>> byCoupon = Discounts.compute(lines, applied, sequential,
                r.settings.decimals());
        for (Coupon coupon : applied) {
            Map<String, Long> perLine = byCoupon.getOrDefault(coupon.code(), Map.of());
            BigDecimal amount = BigDecimal.ZERO;
            BigDecimal tax = BigDecimal.ZERO;
            for (Item item : items) {
                BigDecimal lineDiscount = BigDecimal.valueOf(perLine.getOrDefault(item.line.key(), 0L));
                item.discount = item.discount.add(lineDiscount);
                amount = amount.add(lineDiscount);
                if (r.taxes && item.taxable) {
                    tax = tax.add(TaxMath.sum(TaxMath.calc(lineDiscount, item.rates, r.pricesIncludeTax,
                            r.itemScale)));
                }
            }
            BigDecimal net = r.pricesIncludeTax ? amount.subtract(tax) : amount;
            discount = discount.add(net);
            discountTax = discountTax.add(tax);
            coupons.add(new PricedCart.CouponTotal(coupon.code(), coupon.discountType(), TaxMath.minor(net),
                    TaxMath.minor(tax), coupon.freeShipping()));
        }
    }

    /** WooCommerce's discounts read {@code get_discounted_price_in_cents}: the price rounded to whole cents. */
    private static CartInput.Line asDiscounted(Item item) {
        CartInput.Line l = item.line;
        long price = TaxMath.minor(item.price);
        return price == l.amountMinor() ? l : new CartInput.Line(l.key(), l.productId(), l.parentId(), l.name(),
                l.unitPriceMinor(), l.quantity(), price, l.taxStatus(), l.taxClass(), l.onSale(), l.categoryIds(),
                l.needsShipping(), l.shippingClassId());
    }

    void totals() {
        for (Item item : items) {
            item.total = item.price.subtract(item.discount);
            if (r.taxes && item.taxable) {
                item.taxes = TaxMath.calc(item.total, item.rates, r.pricesIncludeTax, r.itemScale);
                if (r.pricesIncludeTax) {
                    item.total = item.total.subtract(TaxMath.sum(item.taxes));
                }
                r.mergeRounded(taxes, item.taxes);
            }
            total = total.add(r.item(item.total));
        }
    }

    List<PricedCart.Line> lines() {
        return items.stream().map(item -> new PricedCart.Line(item.line.key(), TaxMath.minor(item.subtotal),
                TaxMath.minor(r.lineTotal(item.subtotalTaxes)), TaxMath.minor(item.total),
                TaxMath.minor(r.lineTotal(item.taxes)), r.shown(item.taxes))).toList();
    }
}
