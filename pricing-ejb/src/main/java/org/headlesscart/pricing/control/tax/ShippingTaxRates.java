package org.headlesscart.pricing.control.tax;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.headlesscart.pricing.model.CartInput;
import org.headlesscart.pricing.model.Location;
import org.headlesscart.pricing.model.PricingSettings;
import org.headlesscart.pricing.model.TaxClass;
import org.headlesscart.pricing.model.TaxRate;

/**
 * The rates that tax a cart's shipping ({@code WC_Tax::get_shipping_tax_rates}, per order): only rates with the
 * shipping flag, of the class the {@code woocommerce_shipping_tax_class} option names, or with {@code inherit} of
 * the class the shippable taxable items have.
 */
public final class ShippingTaxRates {

    public static final String INHERIT = "inherit";

    private ShippingTaxRates() {
    }

    public static List<TaxRate> of(PricingSettings settings, List<TaxRate> table, List<CartInput.Line> lines,
            Location where) {
        if (!where.isKnown()) {
            return List.of();
        }
        List<TaxRate> matched = List.of();
        if (!INHERIT.equals(settings.shippingTaxClass())) {
            matched = TaxRates.findShipping(table, where, settings.shippingTaxClass());
        } else {
            Set<String> classes = classesForShipping(lines);
            if (classes.isEmpty()) {
                // "No tax classes = no taxable items": shipping goes untaxed.
                return List.of();
            }
            if (classes.size() == 1) {
                matched = TaxRates.findShipping(table, where, classes.iterator().next());
            } else if (!classes.contains("")) {
                // Several classes, none standard: the first of them in the settings' order.
                String first = settings.taxClasses().stream().map(TaxClass::slug).filter(classes::contains)
                        .findFirst().orElse("");
                matched = TaxRates.findShipping(table, where, first);
            }
        }
        // WooCommerce falls back to the standard rates whenever the chosen class has no shipping rate, also for a
        // fixed class and for a mix that contains standard items.
        return matched.isEmpty() ? TaxRates.findShipping(table, where, "") : matched;
    }

    /**
     * {@code get_cart_item_tax_classes_for_shipping}: classes of lines that need shipping and whose tax status is
     * {@code taxable} or {@code shipping}, in cart order.
     */
    static Set<String> classesForShipping(List<CartInput.Line> lines) {
        Set<String> classes = new LinkedHashSet<>();
        for (CartInput.Line line : lines) {
            if (line.needsShipping() && ("taxable".equals(line.taxStatus()) || "shipping".equals(line.taxStatus()))) {
                classes.add(line.taxClass() == null ? "" : line.taxClass());
            }
        }
        return classes;
    }
}
