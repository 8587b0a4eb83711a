package org.headlesscart.pricing.control.shipping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

import org.headlesscart.pricing.model.CartInput;
import org.headlesscart.pricing.model.PricingRules;
import org.headlesscart.pricing.model.PricingSettings;
import org.headlesscart.pricing.model.ShippingZone;

/**
 * WooCommerce's shipping (COCART-PLUS §3.3): one package of the lines that need shipping, its zone, each enabled
 * method's rate, and the chosen rate.
 */
public final class ShippingQuotes {

    static final String PACKAGE_NAME = "Shipping";

    private ShippingQuotes() {
    }

    /**
     * The packages of the cart; empty when it needs no shipping (no line needs it, shipping is disabled, or no
     * zone has an enabled method: WooCommerce's {@code needs_shipping}). A destination outside the countries
     * shipped to gets its package without rates, so the cart still shows where shipping stops.
     */
    public static List<QuotedPackage> quote(PricingRules rules, ShippingRequest request) {
        PricingSettings settings = rules.settings();
        List<CartInput.Line> contents = request.lines().stream().filter(CartInput.Line::needsShipping).toList();
        if (contents.isEmpty() || !settings.shippingEnabled() || !anyMethodEnabled(rules)) {
            return List.of();
        }
        List<QuotedPackage.Rate> rates = shippable(settings, request)
                ? ZoneMatcher.zoneFor(rules.zones(), request.destination())
                        .map(zone -> rates(zone, contents, request, settings.decimals())).orElse(List.of())
                : List.of();
        int index = 0;
        return List.of(new QuotedPackage(index, PACKAGE_NAME, rates,
                ChosenRate.of(rates, request.chosenRates().get(index), request.freeShippingCoupon()),
                request.destination(), itemsLabel(contents)));
    }

    /** {@code is_package_shippable}: shippable until a country outside the allowed ones is known. */
    private static boolean shippable(PricingSettings settings, ShippingRequest request) {
        String country = request.destination().country();
        return country.isEmpty() || settings.shipToCountries().isEmpty()
                || settings.shipToCountries().contains(country);
    }

    private static boolean anyMethodEnabled(PricingRules rules) {
        return rules.zones().stream().flatMap(zone -> zone.methods().stream()).anyMatch(ShippingZone.Method::enabled);
    }

    private static List<QuotedPackage.Rate> rates(ShippingZone zone, List<CartInput.Line> contents,
            ShippingRequest request, int decimals) {
        List<QuotedPackage.Rate> rates = new ArrayList<>();
        for (ShippingZone.Method method : zone.methods()) {
            if (method.enabled()) {
                rate(method, contents, request, decimals).ifPresent(rates::add);
            }
        }
        return List.copyOf(rates);
    }

    private static Optional<QuotedPackage.Rate> rate(ShippingZone.Method method, List<CartInput.Line> contents,
            ShippingRequest request, int decimals) {
        return switch (method.methodId()) {
            case "flat_rate" -> FlatRate.cost(method, contents, request.lineNetTotals(), decimals)
                    .map(cost -> rate(method, "Flat rate", cost, taxable(method), decimals));
            case "free_shipping" -> FreeShipping.available(method, request, decimals)
                    ? Optional.of(rate(method, "Free shipping", BigDecimal.ZERO, false, decimals))
                    : Optional.empty();
            case "local_pickup" -> Optional.of(rate(method, "Local pickup",
                    fixedCost(method.setting("cost", "")), taxable(method), decimals));
            default -> Optional.empty(); // a method this store cannot compute offers nothing
        };
    }

    /** The rate as {@code add_rate} stores it: the cost rounded half-up to the currency's decimals. */
    private static QuotedPackage.Rate rate(ShippingZone.Method method, String defaultTitle, BigDecimal cost,
            boolean taxable, int decimals) {
        String title = method.setting("title", "");
        long minor = cost.setScale(decimals, RoundingMode.HALF_UP).movePointRight(decimals).longValueExact();
        return new QuotedPackage.Rate(method.rateId(), method.methodId(), method.instanceId(),
                title.isBlank() ? defaultTitle : title, minor, taxable);
    }

    /** Flat rate and local pickup default to taxable; free shipping never carries taxes. */
    private static boolean taxable(ShippingZone.Method method) {
        return "taxable".equals(method.setting("tax_status", "taxable"));
    }

    /** Local pickup's optional cost is a plain number, not a formula; blank costs nothing. */
    private static BigDecimal fixedCost(String cost) {
        try {
            return cost.isBlank() ? BigDecimal.ZERO : new BigDecimal(cost.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }

    /** WooCommerce's {@code meta_data.items}: "Beanie × 2, Cap × 1", the package's lines in cart order. */
    static String itemsLabel(List<CartInput.Line> contents) {
        StringJoiner label = new StringJoiner(", ");
        for (CartInput.Line line : contents) {
            label.add(line.name() + " × " + line.quantity().stripTrailingZeros().toPlainString());
        }
        return label.toString();
    }
}
