package org.headlesscart.catalog.control.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.headlesscart.catalog.control.importing.ImportRow.Attribute;
import org.headlesscart.catalog.control.importing.ImportRow.Type;

/**
 * What the "Attribute N" columns become. A global attribute ({@code Attribute N global} = 1) is stored as the
 * {@code pa_*} taxonomy with term slugs as values; a custom one keeps its name and values as written. Variations
 * store one value per attribute under WooCommerce's key: the taxonomy slug, or the custom name sanitized like a
 * slug; {@code ""} means "any".
 */
public final class AttributeMapping {

    /** Global attributes and their terms, found or created by the importer. */
    interface Globals {

        /** The slug ({@code pa_color}) of the global attribute a column names. */
        String attributeSlug(String name);

        /** The slug of the term of that attribute a value names. */
        String termSlug(String attributeName, String value);
    }

    /**
     * One attribute of a product row, resolved.
     *
     * @param key    the taxonomy slug of a global attribute, the name of a custom one
     * @param values term slugs of a global attribute, values as written of a custom one
     */
    record Mapped(String key, boolean global, List<String> values, boolean visible, boolean usedForVariations) {

        Mapped {
            values = List.copyOf(values);
        }
    }

    private AttributeMapping() {
    }

    /**
     * The attributes of a product (not a variation) row. Of a variable product, those its variations vary are
     * used for variations.
     *
     * @param varied the names (lower case) that its variations in the file name; empty for all, because an export
     *               does not say which attributes are used for variations and a file may hold no variations
     */
    static List<Mapped> productAttributes(ImportRow row, Set<String> varied, Globals globals) {
        List<Mapped> mapped = new ArrayList<>();
        for (Attribute a : row.attributes()) {
            boolean used = row.type() == Type.VARIABLE && (varied.isEmpty() || varied.contains(lower(a.name())));
            mapped.add(a.global()
                    ? new Mapped(globals.attributeSlug(a.name()), true,
                            a.values().stream().map(v -> globals.termSlug(a.name(), v)).distinct().toList(),
                            a.visible(), used)
                    : new Mapped(a.name(), false, a.values().stream().distinct().toList(), a.visible(), used));
        }
        return mapped;
    }

    /** A variation's own values by attribute key, in column order; an attribute without a value is "any". */
    static Map<String, String> variationValues(List<Attribute> attributes, Globals globals) {
        Map<String, String> values = new LinkedHashMap<>();
        attributes.forEach(a -> values.put(key(a, globals), a.isAny() ? "" : value(a, a.values().get(0), globals)));
        return values;
    }

    /** A variable product's default choices ("Attribute N default") by attribute key. */
    static Map<String, String> defaultValues(List<Attribute> attributes, Globals globals) {
        Map<String, String> defaults = new LinkedHashMap<>();
        attributes.stream().filter(a -> !a.defaultValue().isEmpty())
                .forEach(a -> defaults.put(key(a, globals), value(a, a.defaultValue(), globals)));
        return defaults;
    }

    /**
     * The name WooCommerce gives a variation that has none: the parent's name, a dash and the values it fixes
     * ("Hoodie - Red, No"); just the parent's name when it fixes none.
     */
    static String variationName(String parentName, List<Attribute> attributes) {
        String values = attributes.stream().filter(a -> !a.isAny()).map(a -> a.values().get(0))
                .collect(Collectors.joining(", "));
        return values.isEmpty() ? parentName : parentName + " - " + values;
    }

    /**
     * For each variable product row (by line), the attribute names (lower case) its variation rows name. A
     * variation names every attribute used for variations, with an empty value for "any"; the exporter leaves
     * the others out. A variation points to its parent by SKU or by {@code id:N}.
     */
    static Map<Integer, Set<String>> variedAttributes(List<ImportRow> rows) {
        Map<String, ImportRow> bySku = new HashMap<>();
        Map<Long, ImportRow> byWooId = new HashMap<>();
        rows.stream().filter(r -> r.type() == Type.VARIABLE).forEach(r -> {
            if (!r.sku().isEmpty()) {
                bySku.putIfAbsent(lower(r.sku()), r);
            }
            if (r.wooId() != null) {
                byWooId.putIfAbsent(r.wooId(), r);
            }
        });
        Map<Integer, Set<String>> varied = new HashMap<>();
        for (ImportRow variation : rows) {
            ProductRef ref = variation.type() == Type.VARIATION ? variation.links().parent() : null;
            ImportRow parent = ref instanceof ProductRef.BySku sku ? bySku.get(lower(sku.sku()))
                    : ref instanceof ProductRef.ById id ? byWooId.get(id.wooId()) : null;
            if (parent != null) {
                variation.attributes().forEach(a -> varied.computeIfAbsent(parent.lineNumber(),
                        line -> new LinkedHashSet<>()).add(lower(a.name())));
            }
        }
        return varied;
    }

    /**
     * WooCommerce's key of a custom attribute: its name sanitized like a slug. Must stay equal to the read
     * side's {@code ProductViewBuilder.customKey}, which matches variations to their parent's attributes.
     */
    public static String customKey(String name) {
        return name.toLowerCase(Locale.ROOT).trim().replaceAll("[^a-z0-9_\\-]+", "-");
    }

    private static String key(Attribute a, Globals globals) {
        return a.global() ? globals.attributeSlug(a.name()) : customKey(a.name());
    }

    private static String value(Attribute a, String value, Globals globals) {
        return a.global() ? globals.termSlug(a.name(), value) : value;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
