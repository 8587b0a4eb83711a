package org.headlesscart.cart.control;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.headlesscart.catalog.model.Purchasable;
import org.headlesscart.cart.control.Refusal.Reason;

/** The add-to-cart rules of contract §13.2 that depend on the product alone, in CoCart's order. */
public final class Adding {

    private Adding() {
    }

    /** Step 4: product types that add-item cannot add. */
    public static void checkType(Purchasable product) {
        if ("grouped".equals(product.type())) {
            throw new Refusal(Reason.CANNOT_ADD_PRODUCT_TYPE, "You cannot use this route to add \"grouped\" "
                    + "products to the cart. Please use /cocart/v2/cart/add-items instead.");
        }
        if ("external".equals(product.type())) {
            throw new Refusal(Reason.CANNOT_ADD_PRODUCT_TYPE,
                    "You cannot use this route to add \"external\" products to the cart.");
        }
    }

    /**
     * Step 5: the published variation of a variable product whose values match the posted attributes; a
     * variation that allows "any" value of an attribute matches whatever was posted for it, but something must be.
     */
    public static long matchVariation(Purchasable parent, Map<String, String> posted) {
        Map<String, String> values = byKey(parent, posted);
        return parent.variations().stream()
                .filter(v -> v.values().entrySet().stream().allMatch(e -> values.containsKey(e.getKey())
                        && (e.getValue().isEmpty() || e.getValue().equalsIgnoreCase(values.get(e.getKey())))))
                .map(Purchasable.Variant::id).findFirst()
                .orElseThrow(() -> new Refusal(Reason.NO_VARIATION_FOUND, "No matching variation found."));
    }

    /**
     * Step 6: the variation's attributes as the line keeps them, {@code attribute_<key>} to value slug in the
     * parent's attribute order: fixed values are filled in, posted values must equal them, and every "any"
     * attribute must be posted with one of its values.
     */
    public static Map<String, String> variationOf(Purchasable variation, Map<String, String> posted) {
        Map<String, String> values = byKey(variation, posted);
        Map<String, String> chosen = new LinkedHashMap<>();
        for (Purchasable.VariationAttribute attribute : variation.attributes()) {
            String fixed = variation.variationValues().getOrDefault(attribute.key(), "");
            String given = values.get(attribute.key());
            String value;
            if (!fixed.isEmpty()) {
                if (given != null && !given.isEmpty() && !given.equalsIgnoreCase(fixed)) {
                    throw invalid(attribute);
                }
                value = fixed;
            } else if (given == null || given.isEmpty()) {
                throw new Refusal(Reason.MISSING_VARIATION_DATA, "Missing variation data for variable product. "
                        + attribute.label() + " is a required field.");
            } else {
                value = slugIn(attribute, given).orElseThrow(() -> invalid(attribute));
            }
            chosen.put("attribute_" + attribute.key(), value);
        }
        return chosen;
    }

    /** Steps 7 and 10: whether the product can be bought now, in the quantity asked, next to what the cart has. */
    public static void checkPurchasable(Purchasable product, String name, BigDecimal quantity, BigDecimal inCart) {
        if (!product.purchasable()) {
            if (product.isVariation()) {
                throw new Refusal(Reason.PRODUCT_FAILED_VALIDATION, "Product did not pass validation!");
            }
            throw new Refusal(Reason.CANNOT_BE_PURCHASED, "'" + name + "' is not available for purchase.");
        }
        Purchasable.StockState stock = product.stock();
        if (!stock.inStock()) {
            throw new Refusal(Reason.OUT_OF_STOCK,
                    "You cannot add \"" + name + "\" to the cart because the product is out of stock.");
        }
        if (stock.managed() && !stock.backordersAllowed() && stock.quantity() != null) {
            BigDecimal available = BigDecimal.valueOf(stock.quantity());
            if (quantity.compareTo(available) > 0) {
                throw new Refusal(Reason.NOT_ENOUGH_IN_STOCK, "You cannot add that amount of \"" + name
                        + "\" to the cart because there is not enough stock (" + stock.quantity() + " remaining).");
            }
            if (inCart.add(quantity).compareTo(available) > 0) {
                throw new Refusal(Reason.NOT_ENOUGH_STOCK_REMAINING, "You cannot add that amount to the cart "
                        + "\u2014 we have " + stock.quantity() + " in stock and you already have "
                        + Quantities.text(inCart) + " in your cart.");
            }
        }
    }

    /**
     * Posted attributes by attribute key. Clients send {@code attribute_pa_color}; as CoCart 4.3.30 does, the bare
     * key and the attribute's label ("Color", "attribute_Color") are understood too.
     */
    private static Map<String, String> byKey(Purchasable product, Map<String, String> posted) {
        Map<String, String> values = new LinkedHashMap<>();
        posted.forEach((name, value) -> {
            String bare = name.startsWith("attribute_") ? name.substring("attribute_".length()) : name;
            product.attributes().stream()
                    .filter(a -> a.key().equalsIgnoreCase(bare) || a.label().equalsIgnoreCase(bare))
                    .findFirst()
                    .ifPresent(a -> values.putIfAbsent(a.key(), value == null ? "" : value.strip()));
        });
        return values;
    }

    /** A posted value as the attribute's slug: the slug itself, or a value's label, ignoring case. */
    private static Optional<String> slugIn(Purchasable.VariationAttribute attribute, String given) {
        String lower = given.toLowerCase(Locale.ROOT);
        return attribute.options().entrySet().stream()
                .filter(o -> o.getKey().toLowerCase(Locale.ROOT).equals(lower)
                        || o.getValue().toLowerCase(Locale.ROOT).equals(lower))
                .map(Map.Entry::getKey).findFirst();
    }

    private static Refusal invalid(Purchasable.VariationAttribute attribute) {
        return new Refusal(Reason.INVALID_VARIATION_DATA, "Invalid value posted for " + attribute.label()
                + ". Allowed values: " + String.join(", ", attribute.options().values()));
    }
}
