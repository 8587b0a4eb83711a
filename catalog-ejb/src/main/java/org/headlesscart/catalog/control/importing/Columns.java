package org.headlesscart.catalog.control.importing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds columns by their header, never by position: exports differ in which columns they have and in what
 * order. A column is looked up by a key, its header in lower case with single spaces; the numbered groups use
 * keys such as {@code attribute 2 value(s)}, and meta columns {@code meta:} plus the key as written. Columns this
 * class does not know are ignored; when a header appears twice, the first wins.
 */
final class Columns {

    static final String WEIGHT = "weight";
    static final String LENGTH = "length";
    static final String WIDTH = "width";
    static final String HEIGHT = "height";
    private static final String META = "meta:";

    private static final Set<String> PLAIN = Set.of(
            "id", "type", "sku", "name", "published", "is featured?", "visibility in catalog", "short description",
            "description", "date sale price starts", "date sale price ends", "tax status", "tax class", "in stock?",
            "stock", "low stock amount", "backorders allowed?", "sold individually?", "allow customer reviews?",
            "purchase note", "sale price", "regular price", "categories", "tags", "shipping class", "images",
            "download limit", "download expiry days", "parent", "grouped products", "upsells", "cross-sells",
            "external url", "button text", "position", WEIGHT, LENGTH, WIDTH, HEIGHT);
    // Headers that other WooCommerce locales or versions write for the same column.
    private static final Map<String, String> ALIASES = Map.of("visibility in catalogue", "visibility in catalog");
    // The exporter puts the store's units into these headers: "Weight (lbs)", "Length (cm)".
    private static final Pattern MEASURE = Pattern.compile("(weight|length|width|height) \\((.*)\\)");
    private static final Pattern ATTRIBUTE = Pattern.compile("attribute (\\d{1,6}) (name|value\\(s\\)|visible|global|default)");
    private static final Pattern DOWNLOAD = Pattern.compile("download (\\d{1,6}) (name|url)");
    private static final Pattern META_HEADER = Pattern.compile("(?i)meta:\\s*(.+)");

    private final int width;
    private final Map<String, Integer> indexByKey = new HashMap<>();
    private final Map<String, String> headerByKey = new HashMap<>();
    private final Map<String, String> unitByKey = new HashMap<>();
    private final SortedSet<Integer> attributeNumbers = new TreeSet<>();
    private final SortedSet<Integer> downloadNumbers = new TreeSet<>();
    private final Map<String, String> metaKeys = new LinkedHashMap<>();

    Columns(List<String> header) {
        width = header.size();
        for (int i = 0; i < header.size(); i++) {
            String written = header.get(i).strip();
            String key = keyOf(written);
            if (key != null && !indexByKey.containsKey(key)) {
                indexByKey.put(key, i);
                headerByKey.put(key, written);
            }
        }
    }

    static String attribute(int number, String part) {
        return "attribute " + number + " " + part;
    }

    static String download(int number, String part) {
        return "download " + number + " " + part;
    }

    /** The number of columns in the header. */
    int width() {
        return width;
    }

    boolean knowsAnyColumn() {
        return !indexByKey.isEmpty();
    }

    boolean has(String key) {
        return indexByKey.containsKey(key);
    }

    /** The cell of the column, or empty if the file has no such column or the row is short. */
    String cell(List<String> cells, String key) {
        Integer index = indexByKey.get(key);
        return index == null || index >= cells.size() ? "" : cells.get(index);
    }

    /** The header as written in the file, for messages. */
    String header(String key) {
        return headerByKey.getOrDefault(key, key);
    }

    /** The unit in a measure's header, e.g. {@code lbs}; empty if none. */
    String unit(String measureKey) {
        return unitByKey.getOrDefault(measureKey, "");
    }

    /** The unit of the first dimension column that names one; the exporter uses one unit for all three. */
    String dimensionUnit() {
        return Stream.of(LENGTH, WIDTH, HEIGHT).map(this::unit).filter(u -> !u.isEmpty()).findFirst().orElse("");
    }

    /** The N of every "Attribute N …" column, ascending. */
    SortedSet<Integer> attributeNumbers() {
        return attributeNumbers;
    }

    /** The N of every "Download N …" column, ascending. */
    SortedSet<Integer> downloadNumbers() {
        return downloadNumbers;
    }

    /** Meta key as written → column key, in column order. */
    Map<String, String> metaColumns() {
        return metaKeys;
    }

    private String keyOf(String written) {
        Matcher meta = META_HEADER.matcher(written);
        if (meta.matches()) {
            String key = META + meta.group(1).strip();
            metaKeys.putIfAbsent(meta.group(1).strip(), key);
            return key;
        }
        String key = written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        key = ALIASES.getOrDefault(key, key);
        if (PLAIN.contains(key)) {
            return key;
        }
        Matcher measure = MEASURE.matcher(key);
        if (measure.matches()) {
            // Keep the unit's case as written: "lbs", "kg", "in".
            unitByKey.putIfAbsent(measure.group(1), written.substring(written.indexOf('(') + 1, written.lastIndexOf(')')).strip());
            return measure.group(1);
        }
        return numbered(key);
    }

    private String numbered(String key) {
        Matcher attribute = ATTRIBUTE.matcher(key);
        if (attribute.matches()) {
            int number = Integer.parseInt(attribute.group(1));
            attributeNumbers.add(number);
            return attribute(number, attribute.group(2));
        }
        Matcher download = DOWNLOAD.matcher(key);
        if (download.matches()) {
            int number = Integer.parseInt(download.group(1));
            downloadNumbers.add(number);
            return download(number, download.group(2));
        }
        return null;
    }
}
