package org.headlesscart.order.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.headlesscart.order.model.OrderLines;
import org.headlesscart.order.model.OrderTotals;
import org.headlesscart.pricing.model.PricedCart;
import org.headlesscart.pricing.model.PricingRules;
import org.junit.jupiter.api.Test;

class AdminOrderPricingTest {

    @Test
    void shippingLinesAddToTheTotalUntaxedAndTaxesSplitByRate() {
        Map<Long, Long> taxes = new LinkedHashMap<>();
        taxes.put(1L, 300L);
        taxes.put(2L, 100L);
        PricedCart.Line line = new PricedCart.Line("line0", 2000, 500, 1600, 400, taxes);
        PricedCart priced = new PricedCart(List.of(line), List.of(new PricedCart.CouponTotal("ten", "fixed_cart", 400,
                100, false)), List.of(), List.of(), List.of(), new PricedCart.Totals(2000, 500, 0, 0, 400, 100, 0, 0,
                2000, 400), false, true);
        PricingRules rules = new PricingRules(1, null, List.of(), List.of());
        AdminOrderPricing.Priced figures = AdminOrderPricing.of(rules, List.of(), priced, List.of(),
                List.of(new AdminOrderPricing.Shipping("flat_rate", "Flat rate", 1000)));
        assertEquals(new OrderTotals(2000, 500, 400, 100, 1000, 0, 0, 0, 400, 400, 3000, 0), figures.totals());
        assertEquals(List.of(new OrderLines.Coupon(1, "ten", "fixed_cart", 400, 100)), figures.coupons());
        Map<Long, OrderLines.LineTax> split = AdminOrderPricing.lineTaxes(line);
        assertEquals(new OrderLines.LineTax(300, 375), split.get(1L));
        assertEquals(new OrderLines.LineTax(100, 125), split.get(2L));
    }
}
