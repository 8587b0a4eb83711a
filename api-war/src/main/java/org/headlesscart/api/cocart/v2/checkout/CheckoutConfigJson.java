package org.headlesscart.api.cocart.v2.checkout;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;

import org.headlesscart.catalog.model.StoreView;
import org.headlesscart.checkout.model.CheckoutConfig;
import org.headlesscart.pricing.model.PricingSettings;

/**
 * {@code GET checkout/config} (COCART-PLUS §1.3): WooCommerce's default checkout fields, the countries sold and
 * shipped to, the store's money and tax display, and the postcode formats checkout checks. No state lists
 * ({@code states:{}}): checkout takes a state as free text (docs/checkout.md).
 */
final class CheckoutConfigJson {

    /** One provider: {@code Json.create…} looks it up through the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** The European Union's member states, as WooCommerce lists them. */
    private static final List<String> EU = List.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR",
            "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");

    private CheckoutConfigJson() {
    }

    static JsonObject of(CheckoutConfig config) {
        PricingSettings settings = config.settings();
        StoreView store = config.store();
        JsonObjectBuilder countries = JSON.createObjectBuilder();
        TreeMap<String, String> all = new TreeMap<>();
        for (String code : Locale.getISOCountries()) {
            all.put(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH));
        }
        all.forEach(countries::add);
        JsonObjectBuilder shipping = JSON.createObjectBuilder();
        Set<String> shipTo = settings.shipToCountries();
        all.forEach((code, name) -> {
            if (shipTo.isEmpty() || shipTo.contains(code)) {
                shipping.add(code, name);
            }
        });
        JsonArrayBuilder eu = JSON.createArrayBuilder();
        EU.forEach(eu::add);
        JsonObjectBuilder patterns = JSON.createObjectBuilder();
        config.postcodePatterns().forEach(patterns::add);
        String baseCountry = settings.base().country();
        var currency = store.currency();
        return JSON.createObjectBuilder()
                .add("fields", JSON.createObjectBuilder()
                        .add("billing", address("billing", true))
                        .add("shipping", address("shipping", false))
                        .add("account", JSON.createObjectBuilder().add("account_password", field("password",
                                "Account password", "", true, List.of("form-row-wide"), "new-password", 10, List.of())))
                        .add("order", JSON.createObjectBuilder().add("order_comments", field("textarea", "Order notes",
                                "Notes about your order, e.g. special notes for delivery.", false, List.of("notes"),
                                "", 10, List.of()))))
                .add("locale_settings", JSON.createObjectBuilder())
                .add("countries", JSON.createObjectBuilder().add("allowed_countries", countries)
                        .add("shipping_countries", shipping).add("states", JSON.createObjectBuilder())
                        .add("default_country", baseCountry == null ? "" : baseCountry).add("eu_countries", eu))
                .add("shipping", JSON.createObjectBuilder().add("enabled", settings.shippingEnabled())
                        .add("calc_shipping", settings.shippingEnabled())
                        .add("ship_to_countries", shipTo.isEmpty() ? "all" : "specific")
                        .add("ship_to_billing_address", true)
                        .add("shipping_cost_requires_address", settings.shippingCostRequiresAddress()))
                .add("account", JSON.createObjectBuilder().add("allow_registration", true)
                        .add("registration_generate_username", true).add("registration_generate_password", false)
                        .add("guest_checkout_enabled", true).add("must_create_account", false))
                .add("store", JSON.createObjectBuilder().add("currency", currency.code())
                        .add("currency_symbol", currency.symbol()).add("currency_position", currency.symbolPosition())
                        .add("price_decimal_sep", currency.decimalSeparator())
                        .add("price_thousand_sep", currency.thousandSeparator())
                        .add("price_decimals", settings.decimals()).add("tax_enabled", settings.taxesEnabled())
                        .add("tax_display_cart", settings.cartDisplayIncludingTax() ? "incl" : "excl")
                        .add("prices_include_tax", settings.pricesIncludeTax())
                        .add("coupons_enabled", settings.couponsEnabled()).add("terms_page_id", 0)
                        .add("privacy_page_id", 0)
                        .add("store_address", JSON.createObjectBuilder().add("address_1", store.address().line1())
                                .add("address_2", store.address().line2()).add("city", store.address().city())
                                .add("country", store.address().country())
                                .add("postcode", store.address().postcode())))
                .add("validation", JSON.createObjectBuilder()
                        .add("postcode", JSON.createObjectBuilder().add("patterns", patterns))
                        .add("phone", JSON.createObjectBuilder().add("enabled", true))
                        .add("email", JSON.createObjectBuilder().add("enabled", true)))
                .build();
    }

    /** WooCommerce's default address fields, in its priorities; {@code contact} adds phone and e-mail. */
    private static JsonObjectBuilder address(String kind, boolean contact) {
        String auto = kind.equals("shipping") ? "shipping " : "";
        JsonObjectBuilder fields = JSON.createObjectBuilder()
                .add("first_name", field("text", "First name", "", true, List.of("form-row-first"),
                        auto + "given-name", 10, List.of()))
                .add("last_name", field("text", "Last name", "", true, List.of("form-row-last"),
                        auto + "family-name", 20, List.of()))
                .add("company", field("text", "Company name", "", false, List.of("form-row-wide"),
                        auto + "organization", 30, List.of()))
                .add("country", field("country", "Country / Region", "", true, List.of("form-row-wide",
                        "address-field", "update_totals_on_change"), auto + "country", 40, List.of()))
                .add("address_1", field("text", "Street address", "House number and street name", true,
                        List.of("form-row-wide", "address-field"), auto + "address-line1", 50, List.of()))
                .add("address_2", field("text", "Apartment, suite, unit, etc.", "Apartment, suite, unit, etc. "
                        + "(optional)", false, List.of("form-row-wide", "address-field"), auto + "address-line2", 60,
                        List.of()))
                .add("city", field("text", "Town / City", "", true, List.of("form-row-wide", "address-field"),
                        auto + "address-level2", 70, List.of()))
                .add("state", field("state", "State / County", "", false, List.of("form-row-wide",
                        "address-field"), auto + "address-level1", 80, List.of("state")))
                .add("postcode", field("text", "Postcode / ZIP", "", true, List.of("form-row-wide",
                        "address-field"), auto + "postal-code", 90, List.of("postcode")));
        if (contact) {
            fields.add("phone", field("tel", "Phone", "", false, List.of("form-row-wide"), "tel", 100,
                    List.of("phone")));
            fields.add("email", field("email", "Email address", "", true, List.of("form-row-wide"), "email", 110,
                    List.of("email")));
        }
        return fields;
    }

    private static JsonObjectBuilder field(String type, String label, String placeholder, boolean required,
            List<String> classes, String autocomplete, int priority, List<String> validate) {
        JsonArrayBuilder css = JSON.createArrayBuilder();
        classes.forEach(css::add);
        JsonArrayBuilder checks = JSON.createArrayBuilder();
        validate.forEach(checks::add);
        return JSON.createObjectBuilder().add("type", type).add("label", label).add("placeholder", placeholder)
                .add("required", required).add("class", css).add("autocomplete", autocomplete)
                .add("priority", priority).add("validate", checks).add("options", JSON.createObjectBuilder())
                .add("default", "");
    }
}
