package org.headlesscart.pricing.control.settings;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.headlesscart.catalog.model.StoreView;
import org.headlesscart.pricing.model.Location;
import org.headlesscart.pricing.model.PricingSettings;
import org.headlesscart.pricing.model.TaxClass;

/**
 * The store options pricing reads, under WooCommerce's ids, with WooCommerce's defaults (a fresh WooCommerce
 * install's values): an option without a row has its default. Turns them, with the currency decimals and the store
 * address from configuration, into {@link PricingSettings}.
 */
public final class StoreOptions {

    public static final String ENABLE_COUPONS = "woocommerce_enable_coupons";
    public static final String DISCOUNTS_SEQUENTIALLY = "woocommerce_calc_discounts_sequentially";
    public static final String CALC_TAXES = "woocommerce_calc_taxes";
    public static final String PRICES_INCLUDE_TAX = "woocommerce_prices_include_tax";
    public static final String TAX_BASED_ON = "woocommerce_tax_based_on";
    public static final String SHIPPING_TAX_CLASS = "woocommerce_shipping_tax_class";
    public static final String ROUND_AT_SUBTOTAL = "woocommerce_tax_round_at_subtotal";
    public static final String DISPLAY_SHOP = "woocommerce_tax_display_shop";
    public static final String DISPLAY_CART = "woocommerce_tax_display_cart";
    public static final String TOTAL_DISPLAY = "woocommerce_tax_total_display";
    public static final String SHIP_TO_COUNTRIES = "woocommerce_ship_to_countries";
    public static final String SPECIFIC_SHIP_TO = "woocommerce_specific_ship_to_countries";
    public static final String COST_REQUIRES_ADDRESS = "woocommerce_shipping_cost_requires_address";

    /** Every option pricing knows, with its default, in settings order. */
    public static final Map<String, String> DEFAULTS = defaults();

    private StoreOptions() {
    }

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put(ENABLE_COUPONS, "yes");
        defaults.put(DISCOUNTS_SEQUENTIALLY, "no");
        defaults.put(SHIP_TO_COUNTRIES, "");
        defaults.put(SPECIFIC_SHIP_TO, "");
        defaults.put(COST_REQUIRES_ADDRESS, "no");
        defaults.put(CALC_TAXES, "no");
        defaults.put(PRICES_INCLUDE_TAX, "no");
        defaults.put(TAX_BASED_ON, "shipping");
        defaults.put(SHIPPING_TAX_CLASS, "inherit");
        defaults.put(ROUND_AT_SUBTOTAL, "no");
        defaults.put(DISPLAY_SHOP, "excl");
        defaults.put(DISPLAY_CART, "excl");
        defaults.put(TOTAL_DISPLAY, "itemized");
        return Collections.unmodifiableMap(defaults);
    }

    /** The stored values over the defaults; unknown stored ids are ignored. */
    public static Map<String, String> withDefaults(Map<String, String> stored) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        stored.forEach((id, value) -> values.computeIfPresent(id, (known, old) -> value));
        return values;
    }

    /**
     * The settings a cart is priced with.
     *
     * @param options    every option (see {@link #withDefaults})
     * @param store      the store's configured details: currency decimals and base address
     * @param taxClasses the classes besides standard
     */
    public static PricingSettings settings(Map<String, String> options, StoreView store, List<TaxClass> taxClasses) {
        String shipTo = options.get(SHIP_TO_COUNTRIES);
        return new PricingSettings(store.currency().minorUnit(), yes(options, ENABLE_COUPONS),
                yes(options, DISCOUNTS_SEQUENTIALLY), yes(options, CALC_TAXES), yes(options, PRICES_INCLUDE_TAX),
                options.get(TAX_BASED_ON), shippingTaxClass(options.get(SHIPPING_TAX_CLASS)),
                yes(options, ROUND_AT_SUBTOTAL), "incl".equals(options.get(DISPLAY_CART)),
                "incl".equals(options.get(DISPLAY_SHOP)), "itemized".equals(options.get(TOTAL_DISPLAY)), taxClasses,
                base(store.address()), !"disabled".equals(shipTo),
                "specific".equals(shipTo) ? list(options.get(SPECIFIC_SHIP_TO)) : Set.of(),
                yes(options, COST_REQUIRES_ADDRESS));
    }

    /** A comma-separated list as a set, blanks dropped. */
    public static Set<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(part -> !part.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static boolean yes(Map<String, String> options, String id) {
        return "yes".equals(options.get(id));
    }

    // WooCommerce stores the standard class as "" and "inherit" for "from the cart's items".
    private static String shippingTaxClass(String value) {
        return "standard".equals(value) ? "" : value;
    }

    /** {@code headlesscart.store.country} is WooCommerce's "country:state" ({@code US:CA}). */
    private static Location base(StoreView.Address address) {
        String[] countryState = address.country().split(":", 2);
        return new Location(countryState[0], countryState.length > 1 ? countryState[1] : "", address.postcode(),
                address.city());
    }
}
