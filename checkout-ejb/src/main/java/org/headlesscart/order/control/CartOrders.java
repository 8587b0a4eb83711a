package org.headlesscart.order.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.headlesscart.cart.model.CheckoutCart;
import org.headlesscart.order.entity.CustomerOrder;
import org.headlesscart.order.entity.OrderLine;
import org.headlesscart.order.model.OrderLines;
import org.headlesscart.order.model.OrderPlacement;
import org.headlesscart.pricing.model.PricedCart;

/**
 * An order's rows written from a checkout snapshot: the order's totals are the cart's, cent for cent, and its lines
 * the cart's lines as bought (COCART-PLUS §4.4).
 */
public final class CartOrders {

    private CartOrders() {
    }

    /** Writes the cart and the placement onto the order row (new or reused); the product lines are separate. */
    public static void fill(CustomerOrder order, CheckoutCart cart, OrderPlacement placement, Instant now) {
        PricedCart priced = cart.view().pricing().priced();
        PricedCart.Totals t = priced.totals();
        order.setCurrency(placement.currency());
        order.setPricesIncludeTax(placement.pricesIncludeTax());
        order.setCustomerId(placement.customerId());
        order.setCartKey(placement.cartKey());
        order.setCartHash(cart.hash());
        OrderViews.setBilling(order, placement.billing());
        OrderViews.setShipping(order, placement.shipping());
        order.setPaymentMethod(placement.paymentMethod());
        order.setPaymentMethodTitle(placement.paymentMethodTitle());
        order.setCustomerNote(placement.customerNote());
        order.setCustomerIp(placement.customerIp());
        order.setCustomerUserAgent(placement.customerUserAgent());
        order.setSubtotal(t.subtotal());
        order.setSubtotalTax(t.subtotalTax());
        order.setDiscountTotal(t.discountTotal());
        order.setDiscountTax(t.discountTax());
        order.setShippingTotal(t.shippingTotal());
        order.setShippingTax(t.shippingTax());
        order.setFeeTotal(t.feeTotal());
        order.setFeeTax(t.feeTax());
        order.setTotalTax(t.totalTax());
        order.setCartTax(t.totalTax() - t.shippingTax());
        order.setTotal(t.total());
        order.setShippingLinesJson(OrderJson.shippingLines(shipping(priced)));
        order.setFeeLinesJson(OrderJson.feeLines(fees(priced)));
        order.setCouponLinesJson(OrderJson.couponLines(coupons(priced)));
        order.setTaxLinesJson(OrderJson.taxLines(taxes(priced)));
        order.setUpdatedAt(now);
    }

    /** The product lines as bought, positions 0, 1, ... */
    public static List<OrderLine> lines(long orderId, CheckoutCart cart) {
        List<OrderLine> lines = new ArrayList<>();
        int position = 0;
        for (CheckoutCart.Line l : cart.lines()) {
            OrderLine line = new OrderLine();
            line.setOrderId(orderId);
            line.setPosition(position++);
            line.setProductId(l.productId());
            line.setVariationId(l.variationId());
            line.setName(l.name());
            line.setSku(l.sku() == null ? "" : l.sku());
            line.setQuantity(l.quantity());
            line.setTaxClass(l.taxClass() == null ? "" : l.taxClass());
            line.setPrice(l.unitPrice());
            line.setSubtotal(l.subtotal());
            line.setSubtotalTax(l.subtotalTax());
            line.setTotal(l.total());
            line.setTotalTax(l.totalTax());
            line.setTaxesJson(OrderJson.lineTaxes(lineTaxes(l)));
            line.setMetaJson(OrderJson.meta(l.meta()));
            line.setImageSrc(l.imageSrc());
            lines.add(line);
        }
        return lines;
    }

    /**
     * A line's tax per rate after ({@code total}) and before ({@code subtotal}) discounts. Pricing gives the rates'
     * split after discounts; the undiscounted tax is split over the rates in the same proportions, the rounding rest
     * on the last rate, so that the rates add up to the line's subtotal tax.
     */
    static Map<Long, OrderLines.LineTax> lineTaxes(CheckoutCart.Line l) {
        Map<Long, OrderLines.LineTax> taxes = new LinkedHashMap<>();
        long left = l.subtotalTax();
        int i = 0;
        for (Map.Entry<Long, Long> rate : l.taxes().entrySet()) {
            boolean last = ++i == l.taxes().size();
            long subtotal = last ? left : l.totalTax() == 0 ? 0 : BigDecimal.valueOf(l.subtotalTax())
                    .multiply(BigDecimal.valueOf(rate.getValue()))
                    .divide(BigDecimal.valueOf(l.totalTax()), 0, RoundingMode.HALF_UP).longValue();
            left -= subtotal;
            taxes.put(rate.getKey(), new OrderLines.LineTax(rate.getValue(), subtotal));
        }
        return taxes;
    }

    static List<OrderLines.Shipping> shipping(PricedCart priced) {
        List<OrderLines.Shipping> lines = new ArrayList<>();
        int id = 1;
        for (PricedCart.Package p : priced.packages()) {
            for (PricedCart.Rate rate : p.rates()) {
                if (rate.id().equals(p.chosenRateId())) {
                    lines.add(new OrderLines.Shipping(id++, rate.id(), rate.methodId(), (int) rate.instanceId(),
                            rate.label(), rate.cost(), rate.taxTotal(), rate.taxes(),
                            p.itemsLabel() == null ? "" : p.itemsLabel()));
                }
            }
        }
        return lines;
    }

    static List<OrderLines.Fee> fees(PricedCart priced) {
        List<OrderLines.Fee> lines = new ArrayList<>();
        int id = 1;
        for (PricedCart.FeeTotal fee : priced.fees()) {
            lines.add(new OrderLines.Fee(id++, fee.name(), "", fee.tax() == 0 && fee.taxes().isEmpty() ? "none"
                    : "taxable", fee.total(), fee.tax(), fee.taxes()));
        }
        return lines;
    }

    static List<OrderLines.Coupon> coupons(PricedCart priced) {
        List<OrderLines.Coupon> lines = new ArrayList<>();
        int id = 1;
        for (PricedCart.CouponTotal c : priced.coupons()) {
            lines.add(new OrderLines.Coupon(id++, c.code(), c.discountType(), c.discount(), c.discountTax()));
        }
        return lines;
    }

    /** One line per tax rate: its tax on lines and fees, and on shipping (from the chosen rates' taxes). */
    static List<OrderLines.Tax> taxes(PricedCart priced) {
        Map<Long, Long> shippingTax = new HashMap<>();
        shipping(priced).forEach(s -> s.taxes().forEach((rate, amount) -> shippingTax.merge(rate, amount, Long::sum)));
        List<OrderLines.Tax> lines = new ArrayList<>();
        int id = 1;
        for (PricedCart.TaxTotal tax : priced.taxes()) {
            long onShipping = shippingTax.getOrDefault(tax.rateId(), 0L);
            lines.add(new OrderLines.Tax(id++, tax.rateId(), tax.code(), tax.label(), tax.compound(),
                    tax.amount() - onShipping, onShipping, ""));
        }
        return lines;
    }
}
