package org.headlesscart.api.cocart.v2.catalog;

import static org.headlesscart.api.cocart.v2.catalog.ParamCheck.blankToNull;
import static org.headlesscart.api.cocart.v2.catalog.ParamCheck.list;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.QueryParam;

import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.catalog.model.AttributeFilter;
import org.headlesscart.catalog.model.ProductQuery;
import org.headlesscart.catalog.model.TermFilter;
import org.headlesscart.catalog.model.TermOperator;

/**
 * The query parameters of {@code GET /products} (contract §5.3), checked the way WordPress checks route
 * arguments: every problem is collected and reported at once as {@code rest_invalid_param}. List parameters come
 * as {@code include=1,2} or {@code include[]=1&include[]=2}; {@code category}, {@code tag} and {@code brand} take
 * one id or slug or a comma-separated list of them.
 * <p>
 * The fields' {@code @QueryParam} names the parameter each holds; {@link #from} fills them from the request's
 * query the way JAX-RS fills a {@code @BeanParam} (the first value, or every value for a list), but without its
 * per-request cost: Jersey builds a bean parameter through HK2 and looks up a converter for each of its 38
 * fields on every request, a fifth of a kept product list's CPU in a profile.
 */
public class ProductListParams {

    static final List<String> TYPES = List.of("simple", "variable", "grouped", "external", "variation");
    static final List<String> STOCK_STATUSES = List.of("instock", "outofstock", "onbackorder");
    static final List<String> RELATIONS = List.of("in", "and");

    @QueryParam("page") String page;
    @QueryParam("per_page") String perPage;
    @QueryParam("offset") String offset;
    @QueryParam("search") String search;
    @QueryParam("order") String order;
    @QueryParam("orderby") String orderBy;
    @QueryParam("slug") String slug;
    @QueryParam("sku") String sku;
    @QueryParam("type") String type;
    @QueryParam("category") String category;
    @QueryParam("category_operator") String categoryOperator;
    @QueryParam("tag") String tag;
    @QueryParam("tag_operator") String tagOperator;
    @QueryParam("brand") String brand;
    @QueryParam("brand_operator") String brandOperator;
    @QueryParam("featured") String featured;
    @QueryParam("on_sale") String onSale;
    @QueryParam("hide_free") String hideFree;
    @QueryParam("min_price") String minPrice;
    @QueryParam("max_price") String maxPrice;
    @QueryParam("stock_status") String stockStatus;
    @QueryParam("catalog_visibility") String catalogVisibility;
    @QueryParam("rating") List<String> rating;
    @QueryParam("rating[]") List<String> ratingArray;
    @QueryParam("after") String after;
    @QueryParam("before") String before;
    @QueryParam("include") List<String> include;
    @QueryParam("include[]") List<String> includeArray;
    @QueryParam("exclude") List<String> exclude;
    @QueryParam("exclude[]") List<String> excludeArray;
    @QueryParam("parent") List<String> parent;
    @QueryParam("parent[]") List<String> parentArray;
    @QueryParam("parent_exclude") List<String> parentExclude;
    @QueryParam("parent_exclude[]") List<String> parentExcludeArray;
    @QueryParam("attribute") String attribute;
    @QueryParam("attribute_term") String attributeTerm;
    @QueryParam("attribute_relation") String attributeRelation;

    /** The fields filled from the query, with their parameter's name. */
    private static final List<Map.Entry<String, Field>> FIELDS = new ArrayList<>();

    static {
        for (Field field : ProductListParams.class.getDeclaredFields()) {
            QueryParam param = field.getAnnotation(QueryParam.class);
            if (param != null) {
                FIELDS.add(Map.entry(param.value(), field));
            }
        }
    }

    /** The whole query, for {@code attributes[…][…]} (see {@link AttributeParams}). */
    private Map<String, List<String>> all = Map.of();

    /** The parameters of a request's query (decoded, as {@code UriInfo#getQueryParameters} gives it). */
    static ProductListParams from(Map<String, List<String>> query) {
        ProductListParams params = new ProductListParams();
        params.all = query;
        try {
            for (Map.Entry<String, Field> parameter : FIELDS) {
                List<String> values = query.get(parameter.getKey());
                Field field = parameter.getValue();
                if (field.getType() == List.class) {
                    field.set(params, values == null ? List.of() : values);
                } else if (values != null && !values.isEmpty()) {
                    field.set(params, values.get(0));
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);     // the class's own fields: never
        }
        return params;
    }

    /** The query, or {@link InvalidParamException} naming every bad parameter. */
    public ProductQuery toQuery() {
        return toQuery(all);
    }

    ProductQuery toQuery(Map<String, List<String>> all) {
        ParamCheck check = new ParamCheck();
        int pageNumber = check.integer("page", page, 1, 1, Integer.MAX_VALUE);
        int size = check.integer("per_page", perPage, 10, 1, 100);
        int start = check.offset(offset);
        String direction = check.order(order);
        String by = check.oneOf("orderby", orderBy, ProductQuery.ORDER_BY);
        String visibility = check.oneOf("catalog_visibility", catalogVisibility, ProductQuery.CATALOG_VISIBILITIES);
        boolean anyAttribute = "in".equals(check.oneOf("attribute_relation", attributeRelation, RELATIONS));
        ProductQuery query = new ProductQuery(pageNumber, size, start, blankToNull(search), by == null ? "date" : by,
                "asc".equals(direction), blankToNull(slug), list(sku), check.oneOf("type", type, TYPES),
                terms(category, check.operator("category_operator", categoryOperator)),
                terms(tag, check.operator("tag_operator", tagOperator)),
                terms(brand, check.operator("brand_operator", brandOperator)),
                check.bool("featured", featured), check.bool("on_sale", onSale),
                Boolean.TRUE.equals(check.bool("hide_free", hideFree)),
                check.price("min_price", minPrice), check.price("max_price", maxPrice),
                check.oneOf("stock_status", stockStatus, STOCK_STATUSES), visibility == null ? "visible" : visibility,
                check.ints("rating", rating, ratingArray, 1, 5), check.date("after", after),
                check.date("before", before), check.ids("include", include, includeArray),
                check.ids("exclude", exclude, excludeArray), check.ids("parent", parent, parentArray),
                check.ids("parent_exclude", parentExclude, parentExcludeArray), legacyAttribute(),
                AttributeParams.parse(all, check), anyAttribute, null);
        check.throwIfAny();
        return query;
    }

    private static TermFilter terms(String references, TermOperator operator) {
        List<String> terms = list(references);
        return terms.isEmpty() ? null : new TermFilter(terms, operator);
    }

    /** {@code attribute} + {@code attribute_term} (term slugs): one more attribute filter, always ANDed. */
    private AttributeFilter legacyAttribute() {
        return blankToNull(attribute) == null ? null
                : new AttributeFilter(attribute.trim(), list(attributeTerm), List.of(), TermOperator.IN);
    }
}
