package org.headlesscart.api.cocart.v2.catalog;

import static org.headlesscart.api.cocart.v2.catalog.ParamCheck.blankToNull;

import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.catalog.model.ReviewQuery;

/**
 * The query parameters of {@code GET /products/reviews} (contract §5.6), checked the way WordPress checks route
 * arguments: every problem is reported at once as {@code rest_invalid_param}. List parameters come as
 * {@code product=1,2} or {@code product[]=1&product[]=2}.
 */
public class ReviewListParams {

    @QueryParam("page") String page;
    @QueryParam("per_page") String perPage;
    @QueryParam("offset") String offset;
    @QueryParam("search") String search;
    @QueryParam("after") String after;
    @QueryParam("before") String before;
    @QueryParam("include") List<String> include;
    @QueryParam("include[]") List<String> includeArray;
    @QueryParam("exclude") List<String> exclude;
    @QueryParam("exclude[]") List<String> excludeArray;
    @QueryParam("product") List<String> product;
    @QueryParam("product[]") List<String> productArray;
    @QueryParam("reviewer") List<String> reviewer;
    @QueryParam("reviewer[]") List<String> reviewerArray;
    @QueryParam("reviewer_exclude") List<String> reviewerExclude;
    @QueryParam("reviewer_exclude[]") List<String> reviewerExcludeArray;
    @QueryParam("order") String order;
    @QueryParam("orderby") String orderBy;

    /** The query, or {@link InvalidParamException} naming every bad parameter. */
    public ReviewQuery toQuery() {
        ParamCheck check = new ParamCheck();
        int pageNumber = check.integer("page", page, 1, 1, Integer.MAX_VALUE);
        int size = check.integer("per_page", perPage, 10, 1, 100);
        int start = check.offset(offset);
        String by = check.oneOf("orderby", orderBy, ReviewQuery.ORDER_BY);
        ReviewQuery query = new ReviewQuery(pageNumber, size,
                start, blankToNull(search),
                check.date("after", after), check.date("before", before), check.ids("include", include, includeArray),
                check.ids("exclude", exclude, excludeArray), check.ids("product", product, productArray),
                check.ids("reviewer", reviewer, reviewerArray),
                check.ids("reviewer_exclude", reviewerExclude, reviewerExcludeArray), by == null ? "date_gmt" : by,
                "asc".equals(check.order(order)));
        check.throwIfAny();
        return query;
    }
}
