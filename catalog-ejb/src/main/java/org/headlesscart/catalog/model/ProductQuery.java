package org.headlesscart.catalog.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A validated products-list request (contract §5.3). The REST layer checks shapes and ranges; {@code null}
 * means "not filtered", an empty list "none given". Prices are major units, as the contract's
 * {@code min_price}/{@code max_price}; {@code after}/{@code before} are exclusive bounds of the creation time.
 * {@code offset} 0 means "start at {@code page}". {@code attribute} is the single {@code attribute} +
 * {@code attribute_term} pair, which always combines with AND; {@code attributes} combine with AND, or with OR
 * when {@code anyAttribute} ({@code attribute_relation=in}).
 */
public record ProductQuery(int page, int perPage, int offset, String search, String orderBy, boolean ascending,
        String slug, List<String> skus, String type, TermFilter categories, TermFilter tags, TermFilter brands,
        Boolean featured, Boolean onSale, boolean hideFree, BigDecimal minPrice, BigDecimal maxPrice,
        String stockStatus, String catalogVisibility, List<Integer> ratings, Instant after, Instant before,
        List<Long> include, List<Long> exclude, List<Long> parents, List<Long> parentsExcluded,
        AttributeFilter attribute, List<AttributeFilter> attributes, boolean anyAttribute, Long variationsOf) {

    /** The orderings the store supports; anything else is refused by the REST layer. */
    public static final List<String> ORDER_BY = List.of("date", "id", "menu_order", "include", "title", "slug",
            "name", "popularity", "price", "price_asc", "price_desc", "rating", "alphabetical", "reverse_alpha",
            "by_stock", "review_count", "on_sale_first", "featured_first", "sales", "rand", "relevance");

    /** {@code visible}, the default, lists everything but hidden products; see docs/api.md, Products. */
    public static final List<String> CATALOG_VISIBILITIES = List.of("any", "visible", "catalog", "search", "hidden");

    public static ProductQuery firstPage(int perPage) {
        return new ProductQuery(1, perPage, 0, null, "date", false, null, List.of(), null, null, null, null, null,
                null, false, null, null, null, "visible", List.of(), null, null, List.of(), List.of(), List.of(),
                List.of(), null, List.of(), false, null);
    }

    /**
     * This request as a variable product's variations list: the filters that make no sense for variations (type,
     * featured, taxonomies, attributes, ratings, parents, visibility) are dropped, as contract §5.4 lists them.
     */
    public ProductQuery forVariationsOf(long productId) {
        return new ProductQuery(page, perPage, offset, search, orderBy, ascending, slug, skus, null, null, null,
                null, null, onSale, hideFree, minPrice, maxPrice, stockStatus, "any", List.of(), after, before,
                include, exclude, List.of(), List.of(), null, List.of(), false, productId);
    }

    /** Where the page starts: an explicit offset wins over the page number. Far pages stop at a billion. */
    public int firstResult() {
        return (int) Math.min(offset > 0 ? offset : (page - 1L) * perPage, 1_000_000_000L);
    }
}
