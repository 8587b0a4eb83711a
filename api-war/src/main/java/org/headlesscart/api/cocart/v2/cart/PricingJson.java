package org.headlesscart.api.cocart.v2.cart;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.stream.JsonGenerator;

import org.headlesscart.cart.model.CartView;
import org.headlesscart.cart.model.ProductRates;
import org.headlesscart.pricing.model.Location;
import org.headlesscart.pricing.model.PricedCart;
import org.headlesscart.pricing.model.PricingSettings;

/**
 * The cart object's pricing blocks as COCART-PLUS §2 shows them (CoCart 4.x's cart controller): {@code coupons},
 * {@code shipping}, {@code fees} and {@code taxes}. Each is PHP's empty {@code []} when it has nothing to show.
 */
final class PricingJson {

    /** Countries whose tax WooCommerce calls VAT ({@code WC_Countries::tax_or_vat}): the EU VAT area and the UK. */
    private static final Set<String> VAT = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR",
            "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "GB",
            "IM", "MC");

    private final TotalsJson money;

    PricingJson(CartFormat format) {
        this.money = new TotalsJson(format.currency());
    }

    void coupons(JsonGenerator json, CartView.Pricing pricing) {
        json.writeStartArray("coupons");
        if (pricing != null && pricing.settings() != null && pricing.settings().couponsEnabled()) {
            for (PricedCart.CouponTotal c : pricing.priced().coupons()) {
                long amount = c.discount() + (pricing.settings().cartDisplayIncludingTax() ? c.discountTax() : 0);
                boolean freeShippingOnly = c.freeShipping() && amount == 0;
                json.writeStartObject()
                        .write("coupon", c.code())
                        .write("label", "Coupon: " + c.code())
                        .write("discount_type", c.discountType())
                        .write("saving", freeShippingOnly ? FREE_SHIPPING : "-" + CartWire.minor(amount))
                        .write("saving_html", freeShippingOnly ? FREE_SHIPPING : "-" + money.price(amount))
                        .writeEnd();
            }
        }
        json.writeEnd();
    }

    static final String FREE_SHIPPING = "Free shipping coupon";

    void fees(JsonGenerator json, CartView.Pricing pricing) {
        List<PricedCart.FeeTotal> fees = pricing == null ? List.of() : pricing.priced().fees();
        if (fees.isEmpty()) {
            json.writeStartArray("fees").writeEnd();
            return;
        }
        boolean incl = pricing.settings() != null && pricing.settings().cartDisplayIncludingTax();
        json.writeStartObject("fees");
        for (PricedCart.FeeTotal fee : fees) {
            json.writeStartObject(fee.id()).write("name", fee.name())
                    .write("fee", CartWire.minor(fee.total() + (incl ? fee.tax() : 0))).writeEnd();
        }
        json.writeEnd();
    }

    void taxes(JsonGenerator json, CartView.Pricing pricing) {
        PricingSettings settings = pricing == null ? null : pricing.settings();
        if (settings == null || !settings.taxesEnabled() || settings.cartDisplayIncludingTax()
                || pricing.priced().taxes().isEmpty() && settings.itemizedTaxTotals()) {
            json.writeStartArray("taxes").writeEnd();
            return;
        }
        json.writeStartObject("taxes");
        if (settings.itemizedTaxTotals()) {
            for (PricedCart.TaxTotal tax : pricing.priced().taxes()) {
                json.writeStartObject(tax.code()).write("name", tax.label())
                        .write("price", CartWire.minor(tax.amount())).writeEnd();
            }
        } else {
            json.write("label", VAT.contains(settings.base().country()) ? "VAT" : "Tax")
                    .write("total", CartWire.minor(pricing.priced().totals().totalTax()));
        }
        json.writeEnd();
    }

    /** Core §3.5 with §2's values; {@code []} when the cart needs no shipping or has no package. */
    void shipping(JsonGenerator json, CartView.Pricing pricing) {
        List<PricedCart.Package> packages = pricing == null ? List.of() : pricing.priced().packages();
        if (packages.isEmpty() || !pricing.priced().needsShipping()) {
            json.writeStartArray("shipping").writeEnd();
            return;
        }
        json.writeStartObject("shipping")
                .write("total_packages", packages.size())
                .write("show_package_details", packages.size() > 1)
                .write("has_calculated_shipping", pricing.priced().hasCalculatedShipping())
                .writeStartObject("packages");
        for (PricedCart.Package p : packages) {
            json.writeStartObject(p.index() == 0 ? "default" : Integer.toString(p.index()))
                    .write("package_name", p.name());
            rates(json, p, pricing.settings());
            json.write("package_details", p.index() == 0 ? "" : p.itemsLabel().replace(" \u00d7 ", " x"))
                    .write("index", p.index())
                    .write("chosen_method", p.chosenRateId() == null ? "" : p.chosenRateId())
                    .write("formatted_destination", Destinations.format(p.destination()))
                    .writeEnd();
        }
        json.writeEnd().writeEnd();
    }

    /**
     * {@code products/{id}/shipping-rates} (COCART-PLUS §1.2): the simulated line and its packages keyed from
     * {@code "1"}, each with its rates and destination; {@code item_match} is false, as no cart is involved.
     */
    void productRates(JsonGenerator json, ProductRates quote) {
        json.writeStartObject().write("item_key", quote.itemKey()).write("id", quote.id())
                .write("parent_id", quote.parentId()).write("name", quote.name()).write("type", quote.type())
                .write("item_match", false);
        if (quote.packages().isEmpty()) {
            json.writeStartArray("packages").writeEnd();
        } else {
            json.writeStartObject("packages");
            for (PricedCart.Package p : quote.packages()) {
                json.writeStartObject(Integer.toString(p.index() + 1));
                rates(json, p, quote.settings());
                json.write("formatted_destination", Destinations.format(p.destination())).writeEnd();
            }
            json.writeEnd();
        }
        json.writeEnd();
    }

    private void rates(JsonGenerator json, PricedCart.Package p, PricingSettings settings) {
        if (p.rates().isEmpty()) {
            json.writeStartArray("rates").writeEnd();
            return;
        }
        json.writeStartObject("rates");
        for (PricedCart.Rate rate : p.rates()) {
            long tax = rate.taxTotal();
            json.writeStartObject(rate.id())
                    .write("key", rate.id())
                    .write("method_id", rate.methodId())
                    .write("instance_id", rate.instanceId())
                    .write("label", rate.label())
                    .write("cost", CartWire.minor(rate.cost()))
                    .write("html", html(rate, tax, settings))
                    .write("taxes", rate.taxes().isEmpty() ? "" : CartWire.minor(tax))
                    .write("chosen_method", rate.id().equals(p.chosenRateId()))
                    .writeStartObject("meta_data").write("items", p.itemsLabel()).writeEnd()
                    .writeEnd();
        }
        json.writeEnd();
    }

    /**
     * WooCommerce's {@code wc_cart_totals_shipping_method_label} with its tags stripped: the label, then the cost as
     * the cart displays it, marked when the display differs from how prices are entered and there is tax.
     */
    private String html(PricedCart.Rate rate, long tax, PricingSettings settings) {
        if (rate.cost() <= 0) {
            return rate.label();
        }
        boolean incl = settings != null && settings.cartDisplayIncludingTax();
        String text = rate.label() + ": " + money.price(rate.cost() + (incl ? tax : 0));
        if (tax > 0 && incl && !settings.pricesIncludeTax()) {
            text += " (incl. tax)";
        } else if (tax > 0 && !incl && settings != null && settings.pricesIncludeTax()) {
            text += " (ex. tax)";
        }
        return text;
    }

    /** Unused parts of a location stay out of its text. */
    static final class Destinations {

        private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("US", "United States (US)"),
                Map.entry("GB", "United Kingdom (UK)"), Map.entry("CA", "Canada"), Map.entry("AU", "Australia"),
                Map.entry("DE", "Germany"), Map.entry("FR", "France"), Map.entry("NL", "Netherlands"),
                Map.entry("IE", "Ireland"), Map.entry("ES", "Spain"), Map.entry("IT", "Italy"),
                Map.entry("BE", "Belgium"), Map.entry("AT", "Austria"), Map.entry("NZ", "New Zealand"),
                Map.entry("JP", "Japan"), Map.entry("CH", "Switzerland"), Map.entry("SE", "Sweden"));

        private Destinations() {
        }

        /**
         * WooCommerce's one-line address: "Springfield, IL 62701, United States (US)" for the countries that write
         * state and postcode after the city (US, CA, AU), "SW1A 1AA London, United Kingdom (UK)" style otherwise;
         * the country's name where known, else its code.
         */
        static String format(Location where) {
            if (where == null || !where.isKnown()) {
                return "";
            }
            StringBuilder text = new StringBuilder();
            boolean stateAfterCity = Set.of("US", "CA", "AU").contains(where.country());
            if (stateAfterCity) {
                append(text, where.city());
                String statePost = (where.state() + " " + where.postcode()).strip();
                append(text, statePost);
            } else {
                append(text, (where.postcode() + " " + where.city()).strip());
                append(text, where.state());
            }
            append(text, NAMES.getOrDefault(where.country(), where.country()));
            return text.toString();
        }

        private static void append(StringBuilder text, String part) {
            if (!part.isEmpty()) {
                text.append(text.length() == 0 ? "" : ", ").append(part);
            }
        }
    }
}
