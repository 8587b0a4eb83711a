package org.headlesscart.cart.control;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The name WooCommerce gives a variation and CoCart shows as an item's {@code name}: the parent's name, " - ",
 * and the chosen values' labels joined by ", " ("Hoodie - Red, Small", captures 21–29 and contract §3.3, §13.3;
 * the item's {@code title} stays "Hoodie").
 *
 * <p>WooCommerce leaves the values out in two cases, to keep long titles readable: a variation with three or more
 * attributes, and a variation with two or more attributes of which one has a name of two or more words
 * ({@code pa_shirt-size}). Both are implemented; the captures only show the two-attribute, one-word case.
 * A value that is blank (an "any" attribute the variation does not fix) is skipped rather than printed as an
 * empty entry; it still counts as an attribute for the rules above.
 */
public final class VariationNames {

    private static final String SEPARATOR = " - ";

    private VariationNames() {
    }

    /** The variation's name from its values alone; applies the three-or-more-attributes rule. */
    public static String of(String parentName, List<String> valueLabels) {
        if (valueLabels.size() >= 3) {
            return parentName;
        }
        return withValues(parentName, valueLabels);
    }

    /**
     * The variation's name when the attribute names are known too ({@code pa_color} or a label such as
     * "Shirt size"); applies both of WooCommerce's rules. A name counts as several words when it holds a hyphen,
     * as WooCommerce's attribute slugs do, or white space, as labels do.
     */
    public static String of(String parentName, List<String> attributeNames, List<String> valueLabels) {
        if (attributeNames.size() != valueLabels.size()) {
            throw new IllegalArgumentException("one value label per attribute name");
        }
        if (attributeNames.size() > 1 && attributeNames.stream().anyMatch(VariationNames::severalWords)) {
            return parentName;
        }
        return of(parentName, valueLabels);
    }

    private static boolean severalWords(String attributeName) {
        String bare = attributeName.strip();
        return bare.contains("-") || bare.chars().anyMatch(Character::isWhitespace);
    }

    private static String withValues(String parentName, List<String> valueLabels) {
        String values = valueLabels.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .collect(Collectors.joining(", "));
        return values.isEmpty() ? parentName : parentName + SEPARATOR + values;
    }
}
