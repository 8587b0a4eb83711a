package org.headlesscart.api.cocart.v2.catalog;

import static org.headlesscart.api.cocart.v2.catalog.ParamCheck.list;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.headlesscart.catalog.model.AttributeFilter;
import org.headlesscart.catalog.model.TermOperator;

/**
 * The {@code attributes} parameter of {@code GET /products}, an array of objects written in PHP's bracket syntax:
 * {@code attributes[0][attribute]=pa_color&attributes[0][slug][]=red&attributes[0][operator]=in}, or
 * {@code attributes[0][term_id][]=1}. JAX-RS cannot name such parameters, so they are read from the whole query.
 */
final class AttributeParams {

    private static final String NAME = "attributes";
    private static final Pattern ITEM = Pattern.compile("attributes\\[([^\\]]*)\\](?:\\[(\\w+)\\](?:\\[[^\\]]*\\])?)?");

    /** Numeric indexes in numeric order, as PHP would have built the array; others after them. */
    private static final Comparator<String> INDEX = Comparator
            .comparing((String index) -> index.matches("\\d{1,9}") ? Integer.parseInt(index) : Integer.MAX_VALUE)
            .thenComparing(Comparator.naturalOrder());

    private AttributeParams() {
    }

    /**
     * The attribute filters, in index order. An entry naming no term is left out, as WooCommerce skips it; an
     * entry without {@code attribute}, with a non-integer term id or an unknown operator is a problem of
     * {@code attributes}.
     */
    static List<AttributeFilter> parse(Map<String, List<String>> query, ParamCheck check) {
        if (query.containsKey(NAME) || query.containsKey(NAME + "[]")) {
            check.problem(NAME, "attributes is not of type array.");
            return List.of();
        }
        Map<String, Map<String, List<String>>> items = new TreeMap<>(INDEX);
        query.forEach((key, values) -> {
            Matcher item = ITEM.matcher(key);
            if (!item.matches()) {
                return;
            }
            if (item.group(2) == null) {
                check.problem(NAME, "attributes[" + item.group(1) + "] is not of type object.");
                return;
            }
            items.computeIfAbsent(item.group(1), i -> new TreeMap<>())
                    .computeIfAbsent(item.group(2), k -> new ArrayList<>()).addAll(values);
        });
        List<AttributeFilter> filters = new ArrayList<>();
        items.forEach((index, fields) -> {
            AttributeFilter filter = filter("attributes[" + index + "]", fields, check);
            if (filter != null && !filter.terms().isEmpty()) {
                filters.add(filter);
            }
        });
        return filters;
    }

    private static AttributeFilter filter(String item, Map<String, List<String>> fields, ParamCheck check) {
        List<String> attribute = values(fields, "attribute");
        TermOperator operator = check.operator(NAME, item + "[operator]", first(values(fields, "operator")));
        List<Long> termIds = new ArrayList<>();
        List<String> ids = values(fields, "term_id");
        for (int i = 0; i < ids.size(); i++) {
            try {
                termIds.add(Long.parseLong(ids.get(i)));
            } catch (NumberFormatException e) {
                check.problem(NAME, item + "[term_id][" + i + "] is not of type integer.");
            }
        }
        if (attribute.isEmpty()) {
            check.problem(NAME, item + "[attribute] is a required property of " + item + ".");
            return null;
        }
        return new AttributeFilter(attribute.get(0), values(fields, "slug"), termIds, operator);
    }

    /** Every value of a field, comma lists split, blanks dropped (WordPress's {@code wp_parse_list}). */
    private static List<String> values(Map<String, List<String>> fields, String field) {
        return fields.getOrDefault(field, List.of()).stream().flatMap(value -> list(value).stream()).toList();
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : values.get(0);
    }
}
