package org.headlesscart.api.cocart.v2.catalog;

import static org.headlesscart.api.cocart.v2.catalog.ParamCheck.blankToNull;
import static org.headlesscart.api.cocart.v2.catalog.ParamCheck.list;

import java.util.List;

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

    /** The query, or {@link InvalidParamException} naming every bad parameter. */
    public ProductQuery toQuery() {
        ParamCheck check = new ParamCheck();
        int pageNumber = check.integer("page", page, 1, 1, Integer.MAX_VALUE);
        int size = check.integer("per_page", perPage, 10, 1, 100);
        String direction = check.order(order);
        String by = check.oneOf("orderby", orderBy, ProductQuery.ORDER_BY);
        String productType = check.oneOf("type", type, TYPES);
        String stock = check.oneOf("stock_status", stockStatus, STOCK_STATUSES);
        ProductQuery query = new ProductQuery(pageNumber, size, blankToNull(search), by == null ? "date" : by,
                "asc".equals(direction), blankToNull(slug), list(sku), productType, blankToNull(category),
                blankToNull(tag), check.bool("featured", featured), check.bool("on_sale", onSale),
                check.price("min_price", minPrice), check.price("max_price", maxPrice), stock,
                check.ids("include", include, includeArray), check.ids("exclude", exclude, excludeArray),
                check.ids("parent", parent, parentArray), blankToNull(attribute), list(attributeTerm), null);
        check.throwIfAny();
        return query;
    }
}
