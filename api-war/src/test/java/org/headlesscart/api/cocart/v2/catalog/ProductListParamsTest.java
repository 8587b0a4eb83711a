package org.headlesscart.api.cocart.v2.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.catalog.model.AttributeFilter;
import org.headlesscart.catalog.model.ProductQuery;
import org.headlesscart.catalog.model.TermFilter;
import org.headlesscart.catalog.model.TermOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;

/** The products list's parameters, which now share ParamCheck with the taxonomy and review lists. */
class ProductListParamsTest {

    @Test
    void withoutParametersTheNewestTenFirst() {
        assertEquals(ProductQuery.firstPage(10), new ProductListParams().toQuery());
    }

    @Test
    void valuesAreRead() {
        ProductListParams params = new ProductListParams();
        params.order = "ASC";
        params.orderBy = "price";
        params.featured = "yes";
        params.minPrice = "10.5";
        params.includeArray = List.of("1", "2");
        params.sku = "A, B";

        ProductQuery query = params.toQuery();

        assertEquals(true, query.ascending());
        assertEquals("price", query.orderBy());
        assertEquals(true, query.featured());
        assertEquals(new BigDecimal("10.5"), query.minPrice());
        assertEquals(List.of(1L, 2L), query.include());
        assertEquals(List.of("A", "B"), query.skus());
    }

    @Test
    void aRequestsQueryFillsTheParametersAsJaxRsWould() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("page", List.of("3", "9"));
        query.put("per_page", List.of("5"));
        query.put("include[]", List.of("4", "2"));
        query.put("attributes[0][attribute]", List.of("pa_color"));
        query.put("attributes[0][slug][]", List.of("red"));
        query.put("_fields", List.of("id"));

        ProductListParams params = ProductListParams.from(query);

        assertEquals("3", params.page, "a single parameter takes its first value");
        assertEquals("5", params.perPage);
        assertEquals(List.of("4", "2"), params.includeArray, "a list takes every value in order");
        assertEquals(List.of(), params.exclude, "an absent list is empty");
        ProductQuery read = params.toQuery();
        assertEquals(3, read.page());
        assertEquals(5, read.perPage());
        assertEquals(List.of(4L, 2L), read.include());
        assertEquals(1, read.attributes().size(), "attributes[…] are read from the whole query");
    }

    @Test
    void everyBadParameterIsNamedAtOnce() {
        ProductListParams params = new ProductListParams();
        params.page = "0";
        params.type = "bundle";
        params.onSale = "perhaps";
        params.maxPrice = "-1";
        params.parent = List.of("x");

        InvalidParamException e = assertThrows(InvalidParamException.class, params::toQuery);

        assertEquals(Set.of("page", "type", "on_sale", "max_price", "parent"), e.params().keySet());
        assertEquals("page must be greater than or equal to 1", e.params().get("page"));
        assertEquals("parent[0] is not of type integer.", e.params().get("parent"));
    }

    @Test
    void theFiltersOfContract53AreRead() {
        ProductListParams params = new ProductListParams();
        params.offset = "3";
        params.rating = List.of("4,5");
        params.ratingArray = List.of("1");
        params.catalogVisibility = "search";
        params.after = "2026-01-05T11:08:00+01:00";
        params.before = "2026-01-05T10:10:30";
        params.hideFree = "1";
        params.parentExcludeArray = List.of("14", "15");
        params.category = "clothing, 19";
        params.categoryOperator = "not in";
        params.tag = "summer";
        params.tagOperator = "AND";
        params.brand = "acme";
        params.brandOperator = "not_in";
        params.attributeRelation = "in";

        ProductQuery query = params.toQuery();

        assertEquals(3, query.offset());
        assertEquals(3, query.firstResult(), "an offset wins over the page");
        assertEquals(List.of(4, 5, 1), query.ratings());
        assertEquals("search", query.catalogVisibility());
        assertEquals(Instant.parse("2026-01-05T10:08:00Z"), query.after());
        assertEquals(Instant.parse("2026-01-05T10:10:30Z"), query.before(), "no zone is UTC");
        assertEquals(true, query.hideFree());
        assertEquals(List.of(14L, 15L), query.parentsExcluded());
        assertEquals(new TermFilter(List.of("clothing", "19"), TermOperator.NOT_IN), query.categories());
        assertEquals(new TermFilter(List.of("summer"), TermOperator.AND), query.tags());
        assertEquals(new TermFilter(List.of("acme"), TermOperator.NOT_IN), query.brands());
        assertEquals(true, query.anyAttribute());
    }

    @Test
    void defaultsKeepTheListAsItWas() {
        ProductListParams params = new ProductListParams();
        params.category = "clothing";

        ProductQuery query = params.toQuery();

        assertEquals("visible", query.catalogVisibility(), "hidden products stay out of the list");
        assertEquals(new TermFilter(List.of("clothing"), TermOperator.IN), query.categories());
        assertEquals(false, query.anyAttribute(), "attribute_relation defaults to and");
        assertEquals(0, query.offset());
    }

    @Test
    void attributesAreReadFromPhpBracketSyntax() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        all.put("attributes[1][attribute]", List.of("pa_size"));
        all.put("attributes[1][term_id][]", List.of("3", "4"));
        all.put("attributes[1][slug][]", List.of("ignored-when-ids-are-given"));
        all.put("attributes[0][attribute]", List.of("pa_color"));
        all.put("attributes[0][slug][]", List.of("red", "blue"));
        all.put("attributes[0][operator]", List.of("not_in"));
        all.put("attributes[2][attribute]", List.of("pa_color"));
        all.put("attributes[2][slug]", List.of("red,green"));
        all.put("attributes[2][operator]", List.of("and"));
        all.put("attributes[3][attribute]", List.of("pa_without_terms"));

        List<AttributeFilter> filters = new ProductListParams().toQuery(all).attributes();

        assertEquals(List.of(
                new AttributeFilter("pa_color", List.of("red", "blue"), List.of(), TermOperator.NOT_IN),
                new AttributeFilter("pa_size", List.of("ignored-when-ids-are-given"), List.of(3L, 4L), TermOperator.IN),
                new AttributeFilter("pa_color", List.of("red", "green"), List.of(), TermOperator.AND)), filters,
                "in index order; an entry naming no term is left out, as WooCommerce skips it");
        assertEquals(List.of(3L, 4L), filters.get(1).terms(), "term ids win over slugs");
    }

    @Test
    void theSingleAttributeParameterStillWorks() {
        ProductListParams params = new ProductListParams();
        params.attribute = "pa_color";
        params.attributeTerm = "red";

        assertEquals(new AttributeFilter("pa_color", List.of("red"), List.of(), TermOperator.IN),
                params.toQuery().attribute());
    }

    @Test
    void badValuesOfTheNewParametersAreNamedAtOnce() {
        ProductListParams params = new ProductListParams();
        params.offset = "x";
        params.rating = List.of("5,0");
        params.catalogVisibility = "secret";
        params.after = "yesterday";
        params.before = "2026-13-01T00:00:00";
        params.hideFree = "maybe";
        params.parentExclude = List.of("x");
        params.categoryOperator = "or";
        params.tagOperator = "nand";
        params.brandOperator = "xor";
        params.attributeRelation = "or";

        InvalidParamException e = assertThrows(InvalidParamException.class, params::toQuery);

        assertEquals(Set.of("offset", "rating", "catalog_visibility", "after", "before", "hide_free",
                "parent_exclude", "category_operator", "tag_operator", "brand_operator", "attribute_relation"),
                e.params().keySet());
        assertEquals("rating[1] must be between 1 (inclusive) and 5 (inclusive)", e.params().get("rating"));
        assertEquals("catalog_visibility is not one of any, visible, catalog, search, hidden.",
                e.params().get("catalog_visibility"));
        assertEquals("category_operator is not one of in, not in, not_in, and.", e.params().get("category_operator"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "attributes[0][slug][]=red | attributes[0][attribute] is a required property of attributes[0].",
        "attributes[0][attribute]=pa_color&attributes[0][term_id][]=x | attributes[0][term_id][0] is not of type integer.",
        "attributes[0][attribute]=pa_color&attributes[0][slug]=red&attributes[0][operator]=or | attributes[0][operator] is not one of in, not in, not_in, and.",
        "attributes=pa_color | attributes is not of type array.",
        "attributes[0]=pa_color | attributes[0] is not of type object."})
    void badAttributesAreProblemsOfTheAttributesParameter(String query, String message) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            all.computeIfAbsent(pair.substring(0, pair.indexOf('=')), k -> new java.util.ArrayList<>())
                    .add(pair.substring(pair.indexOf('=') + 1));
        }

        InvalidParamException e = assertThrows(InvalidParamException.class, () -> new ProductListParams().toQuery(all));

        assertEquals(Map.of("attributes", message), e.params());
    }

    static final List<String> ORDERINGS = ProductQuery.ORDER_BY;

    @ParameterizedTest
    @FieldSource("ORDERINGS")
    void everyOrderingOfTheContractIsAccepted(String orderBy) {
        ProductListParams params = new ProductListParams();
        params.orderBy = orderBy;

        assertEquals(orderBy, params.toQuery().orderBy());
    }

    @Test
    void theContractsOrderingsAreAllListed() {
        assertEquals(true, ProductQuery.ORDER_BY.containsAll(List.of("date", "id", "menu_order", "include", "title",
                "slug", "name", "popularity", "alphabetical", "reverse_alpha", "by_stock", "review_count",
                "on_sale_first", "featured_first", "price_asc", "price_desc", "sales", "rating", "rand", "relevance",
                "price")));
    }
}
