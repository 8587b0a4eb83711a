package org.headlesscart.api.cocart.v2.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.QueryParam;

import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.catalog.boundary.ProductQuery;

/**
 * The query parameters of {@code GET /products} (contract §5.3), checked the way WordPress checks route
 * arguments: every problem is collected and reported at once as {@code rest_invalid_param}.
 */
public class ProductListParams {

    static final List<String> TYPES = List.of("simple", "variable", "grouped", "external", "variation");
    static final List<String> STOCK_STATUSES = List.of("instock", "outofstock", "onbackorder");

    @QueryParam("page") String page;
    @QueryParam("per_page") String perPage;
    @QueryParam("search") String search;
    @QueryParam("order") String order;
    @QueryParam("orderby") String orderBy;
    @QueryParam("slug") String slug;
    @QueryParam("sku") String sku;
    @QueryParam("type") String type;
    @QueryParam("category") String category;
    @QueryParam("tag") String tag;
    @QueryParam("featured") String featured;
    @QueryParam("on_sale") String onSale;
    @QueryParam("min_price") String minPrice;
    @QueryParam("max_price") String maxPrice;
    @QueryParam("stock_status") String stockStatus;
    @QueryParam("include") List<String> include;
    @QueryParam("include[]") List<String> includeArray;
    @QueryParam("exclude") List<String> exclude;
    @QueryParam("exclude[]") List<String> excludeArray;
    @QueryParam("parent") List<String> parent;
    @QueryParam("parent[]") List<String> parentArray;
    @QueryParam("attribute") String attribute;
    @QueryParam("attribute_term") String attributeTerm;

    private final Map<String, String> problems = new LinkedHashMap<>();

    /** The query, or {@link InvalidParamException} naming every bad parameter. */
    public ProductQuery toQuery() {
        int pageNumber = integer("page", page, 1, 1, Integer.MAX_VALUE);
        int size = integer("per_page", perPage, 10, 1, 100);
        String direction = oneOf("order", order == null ? null : order.toLowerCase(Locale.ROOT), List.of("asc", "desc"));
        String by = oneOf("orderby", orderBy, ProductQuery.ORDER_BY);
        String productType = oneOf("type", type, TYPES);
        String stock = oneOf("stock_status", stockStatus, STOCK_STATUSES);
        ProductQuery query = new ProductQuery(pageNumber, size, blankToNull(search), by == null ? "date" : by,
                "asc".equals(direction), blankToNull(slug), list(sku), productType, blankToNull(category),
                blankToNull(tag), bool("featured", featured), bool("on_sale", onSale), price("min_price", minPrice),
                price("max_price", maxPrice), stock, ids("include", include, includeArray),
                ids("exclude", exclude, excludeArray), ids("parent", parent, parentArray), blankToNull(attribute),
                list(attributeTerm), null);
        if (!problems.isEmpty()) {
            throw new InvalidParamException(problems);
        }
        return query;
    }

    private int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.put(name, max == Integer.MAX_VALUE ? name + " must be greater than or equal to " + min
                : name + " must be between " + min + " (inclusive) and " + max + " (inclusive)");
        return fallback;
    }

    private String oneOf(String name, String value, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!allowed.contains(value)) {
            problems.put(name, name + " is not one of " + String.join(", ", allowed) + ".");
            return null;
        }
        return value;
    }

    /** WordPress booleans: true/false, 1/0, yes/no. */
    private Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes": return true;
            case "false", "0", "no": return false;
            default:
                problems.put(name, name + " is not of type boolean.");
                return null;
        }
    }

    private BigDecimal price(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal price = new BigDecimal(value.trim());
            if (price.signum() >= 0) {
                return price;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.put(name, name + " is not a valid price.");
        return null;
    }

    /** {@code include=1,2} and {@code include[]=1&include[]=2} alike. */
    private List<Long> ids(String name, List<String> plain, List<String> array) {
        List<Long> ids = new ArrayList<>();
        for (String value : concat(plain, array)) {
            for (String part : value.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    ids.add(Long.parseLong(part.trim()));
                } catch (NumberFormatException e) {
                    problems.put(name, name + "[" + ids.size() + "] is not of type integer.");
                }
            }
        }
        return ids;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>();
        if (a != null) {
            all.addAll(a);
        }
        if (b != null) {
            all.addAll(b);
        }
        return all;
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
