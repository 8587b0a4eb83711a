package org.headlesscart.pricing.control.shipping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.headlesscart.pricing.model.CartInput;
import org.headlesscart.pricing.model.ShippingZone;

/**
 * Flat rate's cost ({@code WC_Shipping_Flat_Rate::calculate_shipping}): the {@code cost} formula over the whole
 * package, plus per shipping class found in the package its {@code class_cost_<id>} formula ({@code no_class_cost}
 * for lines without a class) over that class's lines; calculation type {@code class} adds every class cost,
 * {@code order} only the highest positive one. No rate at all when every applicable cost string is blank.
 *
 * <p>WooCommerce skips class costs when the store defines no shipping class at all; a store without classes has
 * no {@code class_cost_*} settings, and its admin form never shows {@code no_class_cost}, so evaluating whatever
 * is set gives the same result.
 */
final class FlatRate {

    private FlatRate() {
    }

    /** The unrounded cost in major units; empty when the method offers no rate. */
    static Optional<BigDecimal> cost(ShippingZone.Method method, List<CartInput.Line> lines,
            Map<String, Long> netTotals, int decimals) {
        boolean hasCosts = false;
        BigDecimal total = BigDecimal.ZERO;
        String cost = method.setting("cost", "");
        if (!cost.isEmpty()) {
            hasCosts = true;
            total = CostFormula.evaluate(cost, quantity(lines), contentsCost(lines, netTotals, decimals), decimals);
        }
        boolean perOrder = "order".equals(method.setting("type", "class"));
        BigDecimal highest = BigDecimal.ZERO;
        for (Map.Entry<Long, List<CartInput.Line>> shippingClass : byClass(lines).entrySet()) {
            long classId = shippingClass.getKey();
            String classCost = method.setting(classId == 0 ? "no_class_cost" : "class_cost_" + classId, "");
            if (classCost.isEmpty()) {
                continue;
            }
            hasCosts = true;
            List<CartInput.Line> classLines = shippingClass.getValue();
            BigDecimal value = CostFormula.evaluate(classCost, quantity(classLines),
                    contentsCost(classLines, netTotals, decimals), decimals);
            if (perOrder) {
                highest = value.compareTo(highest) > 0 ? value : highest;
            } else {
                total = total.add(value);
            }
        }
        return hasCosts ? Optional.of(total.add(highest)) : Optional.empty();
    }

    /** {@code [qty]}: the quantities of the lines needing shipping (all of a package's lines do). */
    private static BigDecimal quantity(List<CartInput.Line> lines) {
        BigDecimal quantity = BigDecimal.ZERO;
        for (CartInput.Line line : lines) {
            if (line.quantity().signum() > 0) {
                quantity = quantity.add(line.quantity());
            }
        }
        return quantity;
    }

    /**
     * {@code [cost]}: the lines' totals after discounts, excluding tax. A line without a computed total (a
     * product page's quote, before any discount) counts its undiscounted amount.
     */
    private static BigDecimal contentsCost(List<CartInput.Line> lines, Map<String, Long> netTotals, int decimals) {
        long minor = 0;
        for (CartInput.Line line : lines) {
            minor += netTotals.getOrDefault(line.key(), line.amountMinor());
        }
        return BigDecimal.valueOf(minor, decimals);
    }

    private static Map<Long, List<CartInput.Line>> byClass(List<CartInput.Line> lines) {
        Map<Long, List<CartInput.Line>> classes = new LinkedHashMap<>();
        for (CartInput.Line line : lines) {
            classes.computeIfAbsent(line.shippingClassId(), id -> new ArrayList<>()).add(line);
        }
        return classes;
    }
}
