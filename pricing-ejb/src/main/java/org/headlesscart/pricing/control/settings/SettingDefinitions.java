package org.headlesscart.pricing.control.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.headlesscart.pricing.model.TaxClass;

/**
 * The settings {@code wc/v3/settings/general} and {@code wc/v3/settings/tax} show, with WooCommerce's labels,
 * descriptions, tips, types and choices (its settings pages, which its REST API reads). Only the options that change
 * a cart's totals are here; currency and store address stay configuration ({@code headlesscart.store.*}).
 * {@code woocommerce_shipping_cost_requires_address} is on WooCommerce's Shipping page, which has no REST group: it
 * is shown in {@code general}, beside the other shipping options.
 */
public final class SettingDefinitions {

    public static final String GENERAL = "general";
    public static final String TAX = "tax";

    /** A setting's description; {@code options} empty for a checkbox, computed for the selects that need it. */
    public record Definition(String group, String id, String label, String description, String tip, String type,
            Map<String, String> options) {
    }

    private static final Map<String, String> INCL_EXCL = ordered("incl", "Including tax", "excl", "Excluding tax");

    private static final List<Definition> ALL = List.of(
            new Definition(GENERAL, StoreOptions.SHIP_TO_COUNTRIES, "Shipping location(s)",
                    "Choose which countries you want to ship to, or choose to ship to all locations you sell to.", "",
                    "select", ordered("", "Ship to all countries you sell to", "all", "Ship to all countries",
                            "specific", "Ship to specific countries only", "disabled",
                            "Disable shipping &amp; shipping calculations")),
            new Definition(GENERAL, StoreOptions.SPECIFIC_SHIP_TO, "Ship to specific countries", "", "", "multiselect",
                    countries()),
            new Definition(GENERAL, StoreOptions.CALC_TAXES, "Enable taxes", "Enable tax rates and calculations",
                    "Rates will be configurable and taxes will be calculated during checkout.", "checkbox", Map.of()),
            new Definition(GENERAL, StoreOptions.ENABLE_COUPONS, "Enable coupons", "Enable the use of coupon codes",
                    "Coupons can be applied from the cart and checkout pages.", "checkbox", Map.of()),
            new Definition(GENERAL, StoreOptions.DISCOUNTS_SEQUENTIALLY, "",
                    "Calculate coupon discounts sequentially", "When applying multiple coupons, apply the first "
                    + "coupon to the full price and the second coupon to the discounted price and so on.",
                    "checkbox", Map.of()),
            new Definition(GENERAL, StoreOptions.COST_REQUIRES_ADDRESS, "Shipping calculations",
                    "Hide shipping costs until an address is entered", "", "checkbox", Map.of()),
            new Definition(TAX, StoreOptions.PRICES_INCLUDE_TAX, "Prices entered with tax", "",
                    "This option is important as it will affect how you input prices. If you select \"Yes\", enter "
                    + "prices including your base location's tax rate, the baseline for tax calculations. Changing "
                    + "this option will not update existing products.", "radio",
                    ordered("yes", "Yes, I will enter prices inclusive of tax", "no",
                            "No, I will enter prices exclusive of tax")),
            new Definition(TAX, StoreOptions.TAX_BASED_ON, "Calculate tax based on", "",
                    "This option determines which address is used to calculate tax.", "select",
                    ordered("shipping", "Customer shipping address", "billing", "Customer billing address", "base",
                            "Shop base address")),
            new Definition(TAX, StoreOptions.SHIPPING_TAX_CLASS, "Shipping tax class", "Optionally control which tax "
                    + "class shipping gets, or leave it so shipping tax is based on the cart items themselves.", "",
                    "select", Map.of()),
            new Definition(TAX, StoreOptions.ROUND_AT_SUBTOTAL, "Rounding",
                    "Round tax at subtotal level, instead of rounding per line", "", "checkbox", Map.of()),
            new Definition(TAX, StoreOptions.DISPLAY_SHOP, "Display prices in the shop", "", "", "select", INCL_EXCL),
            new Definition(TAX, StoreOptions.DISPLAY_CART, "Display prices during cart and checkout", "", "", "select",
                    INCL_EXCL),
            new Definition(TAX, StoreOptions.TOTAL_DISPLAY, "Display tax totals", "", "", "select",
                    ordered("single", "As a single total", "itemized", "Itemized")));

    private SettingDefinitions() {
    }

    public static boolean isGroup(String group) {
        return GENERAL.equals(group) || TAX.equals(group);
    }

    /** The group's settings in display order. */
    public static List<Definition> of(String group) {
        return ALL.stream().filter(definition -> definition.group().equals(group)).toList();
    }

    public static Optional<Definition> find(String group, String id) {
        return of(group).stream().filter(definition -> definition.id().equals(id)).findFirst();
    }

    /** The choices of a select, the shipping tax class's from the store's tax classes. */
    public static Map<String, String> options(Definition definition, List<TaxClass> taxClasses) {
        if (!StoreOptions.SHIPPING_TAX_CLASS.equals(definition.id())) {
            return definition.options();
        }
        Map<String, String> options = new LinkedHashMap<>();
        options.put("inherit", "Shipping tax class based on cart items");
        options.put("", TaxClass.STANDARD.name());
        taxClasses.forEach(taxClass -> options.put(taxClass.slug(), taxClass.name()));
        return options;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** ISO 3166-1 countries by code with their English names, as WooCommerce lists its countries. */
    private static Map<String, String> countries() {
        Map<String, String> byName = new TreeMap<>();
        for (String code : Locale.getISOCountries()) {
            byName.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH) + "\u0000" + code, code);
        }
        Map<String, String> countries = new LinkedHashMap<>();
        byName.forEach((key, code) -> countries.put(code, key.substring(0, key.indexOf('\u0000'))));
        return countries;
    }
}
