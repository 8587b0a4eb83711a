package org.headlesscart.pricing.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.headlesscart.pricing.model.ShippingMethodType.Field;

/**
 * The three methods a zone can offer (COCART-PLUS §3.3), with WooCommerce's ids, titles, descriptions and
 * instance settings. Per-shipping-class cost fields ({@code class_cost_<id>}, {@code no_class_cost}, {@code type})
 * are accepted on flat rates but not listed, as WooCommerce lists them only once shipping classes exist.
 */
public final class ShippingMethodTypes {

    private static final String TITLE_HELP = "This controls the title which the user sees during checkout.";
    private static final Map<String, String> TAX_STATUS = options("taxable", "Taxable", "none", "None");

    public static final ShippingMethodType FLAT_RATE = new ShippingMethodType("flat_rate", "Flat rate",
            "Lets you charge a fixed rate for shipping.", List.of(
                    new Field("title", "Method title", TITLE_HELP, "text", "Flat rate", "", null),
                    new Field("tax_status", "Tax status", "", "select", "taxable", "", TAX_STATUS),
                    new Field("cost", "Cost", "Enter a cost (excl. tax) or sum, e.g. <code>10.00 * [qty]</code>."
                            + "<br/><br/>Use <code>[qty]</code> for the number of items, <br/><code>[cost]</code> "
                            + "for the total cost of items, and <code>[fee percent=\"10\" min_fee=\"20\" "
                            + "max_fee=\"\"]</code> for percentage based fees.", "text", "0", "", null)));

    public static final ShippingMethodType FREE_SHIPPING = new ShippingMethodType("free_shipping", "Free shipping",
            "Free shipping is a special method which can be triggered with coupons and minimum spends.", List.of(
                    new Field("title", "Title", TITLE_HELP, "text", "Free shipping", "", null),
                    new Field("requires", "Free shipping requires...", "", "select", "", "", options(
                            "", "N/A", "coupon", "A valid free shipping coupon", "min_amount",
                            "A minimum order amount", "either", "A minimum order amount OR a coupon", "both",
                            "A minimum order amount AND a coupon")),
                    new Field("min_amount", "Minimum order amount", "", "price", "0", "0", null),
                    new Field("ignore_discounts", "Coupons discounts",
                            "If checked, free shipping would be available based on pre-discount order amount.",
                            "checkbox", "no", "", null)));

    public static final ShippingMethodType LOCAL_PICKUP = new ShippingMethodType("local_pickup", "Local pickup",
            "Allow customers to pick up orders themselves. By default, when using local pickup store base taxes "
            + "will apply regardless of customer address.", List.of(
                    new Field("title", "Title", TITLE_HELP, "text", "Local pickup", "", null),
                    new Field("tax_status", "Tax status", "", "select", "taxable", "", TAX_STATUS),
                    new Field("cost", "Cost", "Optional cost for local pickup.", "text", "", "0", null)));

    public static final List<ShippingMethodType> ALL = List.of(FLAT_RATE, FREE_SHIPPING, LOCAL_PICKUP);

    private ShippingMethodTypes() {
    }

    public static Optional<ShippingMethodType> byId(String id) {
        return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    private static Map<String, String> options(String... pairs) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            options.put(pairs[i], pairs[i + 1]);
        }
        return options;
    }
}
