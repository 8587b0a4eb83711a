package org.headlesscart.pricing.control.tax;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.headlesscart.pricing.model.Location;
import org.headlesscart.pricing.model.PostcodePatterns;
import org.headlesscart.pricing.model.TaxRate;

/**
 * Which rows of the tax table apply to a location and class, as {@code WC_Tax::find_rates} selects them
 * (COCART-PLUS §3.2 "Matching").
 */
public final class TaxRates {

    /**
     * WooCommerce's {@code sort_rates}: priority, then a specific country before "any", a specific state before
     * "any", more postcode rows first, more city rows first, then id.
     */
    private static final Comparator<TaxRate> WOOCOMMERCE_ORDER = Comparator.comparingInt(TaxRate::priority)
            .thenComparing(TaxRate::country, TaxRates::specificFirst)
            .thenComparing(TaxRate::state, TaxRates::specificFirst)
            .thenComparing(rate -> rate.postcodes().size(), Comparator.reverseOrder())
            .thenComparing(rate -> rate.cities().size(), Comparator.reverseOrder())
            .thenComparingLong(TaxRate::id);

    private TaxRates() {
    }

    /** The rates for {@code taxClass} at {@code where}, one per priority, in the order they apply. */
    public static List<TaxRate> find(List<TaxRate> table, Location where, String taxClass) {
        if (!where.isKnown()) {
            return List.of();
        }
        String wantedClass = taxClass == null ? "" : taxClass;
        List<TaxRate> candidates = new ArrayList<>();
        for (TaxRate rate : table) {
            if (anyOr(rate.country(), where.country()) && anyOr(rate.state(), where.state())
                    && rate.taxClass().equals(wantedClass) && locationMatches(rate, where)) {
                candidates.add(rate);
            }
        }
        candidates.sort(WOOCOMMERCE_ORDER);
        Set<Integer> priorities = new HashSet<>();
        List<TaxRate> found = new ArrayList<>();
        for (TaxRate rate : candidates) {
            if (priorities.add(rate.priority())) {
                found.add(rate);
            }
        }
        return List.copyOf(found);
    }

    /** {@code find_shipping_rates}: the matched rates that also apply to shipping. */
    public static List<TaxRate> findShipping(List<TaxRate> table, Location where, String taxClass) {
        return find(table, where, taxClass).stream().filter(TaxRate::shipping).toList();
    }

    /**
     * A rate without postcode and city rows applies everywhere in its country/state; with postcodes, one must match
     * and so must a city if it has cities; with cities only, a city must match.
     */
    private static boolean locationMatches(TaxRate rate, Location where) {
        boolean cityMatches = rate.cities().stream()
                .anyMatch(city -> city.toUpperCase(Locale.ROOT).equals(where.city().toUpperCase(Locale.ROOT)));
        if (rate.postcodes().isEmpty()) {
            return rate.cities().isEmpty() || cityMatches;
        }
        boolean postcodeMatches = rate.postcodes().stream()
                .anyMatch(pattern -> PostcodePatterns.matches(pattern, where.postcode()));
        return postcodeMatches && (rate.cities().isEmpty() || cityMatches);
    }

    private static boolean anyOr(String rowValue, String value) {
        return rowValue.isEmpty() || rowValue.equalsIgnoreCase(value);
    }

    private static int specificFirst(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if (a.isEmpty()) {
            return 1;
        }
        return b.isEmpty() ? -1 : a.compareTo(b);
    }
}
