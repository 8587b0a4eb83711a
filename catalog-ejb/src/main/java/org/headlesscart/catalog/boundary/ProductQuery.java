package org.headlesscart.catalog.boundary;

import java.math.BigDecimal;
import java.util.List;

/**
 * A validated products-list request (contract §5.3). The REST layer checks shapes and ranges; {@code null}
 * means "not filtered". Prices are major units, as the contract's {@code min_price}/{@code max_price}.
 */
public record ProductQuery(int page, int perPage, String search, String orderBy, boolean ascending, String slug,
        List<String> skus, String type, String category, String tag, Boolean featured, Boolean onSale,
        BigDecimal minPrice, BigDecimal maxPrice, String stockStatus, List<Long> include, List<Long> exclude,
        List<Long> parents, String attribute, List<String> attributeTerms, Long variationsOf) {

    /** The orderings the store supports; anything else is refused by the REST layer. */
    public static final List<String> ORDER_BY = List.of("date", "id", "menu_order", "include", "title", "slug",
            "name", "popularity", "price", "price_asc", "price_desc", "rating", "alphabetical", "reverse_alpha");

    public static ProductQuery firstPage(int perPage) {
        return new ProductQuery(1, perPage, null, "date", false, null, List.of(), null, null, null, null, null,
                null, null, null, List.of(), List.of(), List.of(), null, List.of(), null);
    }

    public int offset() {
        return (page - 1) * perPage;
    }
}
