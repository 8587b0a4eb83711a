package org.headlesscart.api.cocart.v2.catalog;

import static org.headlesscart.api.cocart.v2.catalog.ParamCheck.blankToNull;

import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.catalog.model.TermQuery;

/**
 * The query parameters of the term lists (contract §5.5: categories, tags, attribute terms), checked the way
 * WordPress checks route arguments: every problem is reported at once as {@code rest_invalid_param}.
 * {@code context} is accepted and ignored: only {@code view} means anything to a storefront.
 */
public class TermListParams {

    @QueryParam("page") String page;
    @QueryParam("per_page") String perPage;
    @QueryParam("offset") String offset;
    @QueryParam("search") String search;
    @QueryParam("include") List<String> include;
    @QueryParam("include[]") List<String> includeArray;
    @QueryParam("exclude") List<String> exclude;
    @QueryParam("exclude[]") List<String> excludeArray;
    @QueryParam("order") String order;
    @QueryParam("orderby") String orderBy;
    @QueryParam("hide_empty") String hideEmpty;
    @QueryParam("parent") String parent;
    @QueryParam("product") String product;
    @QueryParam("slug") String slug;

    /**
     * The query, or {@link InvalidParamException} naming every bad parameter.
     *
     * @param hierarchical whether the taxonomy nests: only then does {@code parent} filter (WordPress ignores it
     *        for tags)
     */
    public TermQuery toQuery(boolean hierarchical) {
        ParamCheck check = new ParamCheck();
        int pageNumber = check.integer("page", page, 1, 1, Integer.MAX_VALUE);
        int size = check.integer("per_page", perPage, 10, 1, 100);
        int start = check.offset(offset);
        String by = check.oneOf("orderby", orderBy, TermQuery.ORDER_BY);
        Boolean hide = check.bool("hide_empty", hideEmpty);
        Long parentId = hierarchical ? check.id("parent", parent) : null;
        Long productId = check.id("product", product);
        TermQuery query = new TermQuery(pageNumber, size, start,
                blankToNull(search), check.ids("include", include, includeArray),
                check.ids("exclude", exclude, excludeArray), by == null ? "name" : by,
                !"desc".equals(check.order(order)), Boolean.TRUE.equals(hide), parentId,
                productId == null || productId == 0 ? null : productId, blankToNull(slug));
        check.throwIfAny();
        return query;
    }
}
