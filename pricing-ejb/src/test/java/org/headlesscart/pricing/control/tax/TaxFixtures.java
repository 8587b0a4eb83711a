package org.headlesscart.pricing.control.tax;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.headlesscart.pricing.model.CartInput;
import org.headlesscart.pricing.model.Location;
import org.headlesscart.pricing.model.PricingRules;
import org.headlesscart.pricing.model.PricingSettings;
import org.headlesscart.pricing.model.TaxClass;
import org.headlesscart.pricing.model.TaxRate;

/** Rate rows, settings and lines for the tax tests. */
final class TaxFixtures {

    static final Location SPRINGFIELD = new Location("US", "IL", "62701", "Springfield");
    static final Location CHICAGO = new Location("US", "IL", "60601", "Chicago");
    static final Location LONDON = new Location("GB", "", "SW1A 1AA", "London");
    static final Location BERLIN = new Location("DE", "", "10115", "Berlin");
    static final List<TaxClass> CLASSES = List.of(new TaxClass("reduced-rate", "Reduced rate"),
            new TaxClass("zero-rate", "Zero rate"));

    private TaxFixtures() {
    }

    static TaxRate rate(long id, String country, String state, String percent, int priority, String cls,
            boolean compound, boolean shipping) {
        return rate(id, country, state, List.of(), List.of(), percent, priority, cls, compound, shipping);
    }

    static TaxRate rate(long id, String country, String state, List<String> postcodes, List<String> cities,
            String percent, int priority, String cls, boolean compound, boolean shipping) {
        return new TaxRate(id, country, state, postcodes, cities, new BigDecimal(percent), "Tax " + id, priority,
                compound, shipping, cls, (int) id);
    }

    /** Settings with the given switches; base Springfield unless {@code base} says otherwise. */
    static PricingSettings settings(boolean incl, boolean atSubtotal, boolean shopIncl, String basedOn,
            String shippingClass, Location base) {
        return new PricingSettings(2, true, false, true, incl, basedOn, shippingClass, atSubtotal, false, shopIncl,
                true, CLASSES, base, true, Set.of(), false);
    }

    static PricingRules rules(PricingSettings settings, TaxRate... rates) {
        return new PricingRules(1, settings, List.of(rates), List.of());
    }

    static CartInput.Line line(String taxClass, String taxStatus, boolean needsShipping) {
        return new CartInput.Line(taxClass + taxStatus, 1, 0, "x", 100, BigDecimal.ONE, 100, taxStatus, taxClass,
                false, Set.of(), needsShipping, 0);
    }
}
