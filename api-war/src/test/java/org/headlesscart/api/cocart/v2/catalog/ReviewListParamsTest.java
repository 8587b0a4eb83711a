package org.headlesscart.api.cocart.v2.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.catalog.model.ReviewQuery;
import org.junit.jupiter.api.Test;

class ReviewListParamsTest {

    @Test
    void withoutParametersTheNewestTenFirst() {
        assertEquals(ReviewQuery.firstPage(10), new ReviewListParams().toQuery(),
                "contract §5.6 defaults: orderby date_gmt, order desc");
    }

    @Test
    void listsComeAsCommaListsOrRepeatedBrackets() {
        ReviewListParams params = new ReviewListParams();
        params.product = List.of("10,11");
        params.productArray = List.of("12");
        params.reviewerArray = List.of("2");
        params.reviewerExclude = List.of("3");
        params.include = List.of("1");
        params.exclude = List.of("9");

        ReviewQuery query = params.toQuery();

        assertEquals(List.of(10L, 11L, 12L), query.products());
        assertEquals(List.of(2L), query.reviewers());
        assertEquals(List.of(3L), query.reviewersExcluded());
        assertEquals(List.of(1L), query.include());
        assertEquals(List.of(9L), query.exclude());
    }

    @Test
    void datesAreIso8601AndWithoutAZoneUtc() {
        ReviewListParams params = new ReviewListParams();
        params.after = "2026-01-06T09:30:00";
        params.before = "2026-01-07 10:00:00.5+02:00";

        ReviewQuery query = params.toQuery();

        assertEquals(Instant.parse("2026-01-06T09:30:00Z"), query.after());
        assertEquals(Instant.parse("2026-01-07T08:00:00.5Z"), query.before());
    }

    @Test
    void everyBadParameterIsNamedAtOnce() {
        ReviewListParams params = new ReviewListParams();
        params.after = "yesterday";
        params.before = "2026-02-30T00:00:00";
        params.orderBy = "rating";
        params.order = "sideways";
        params.perPage = "0";
        params.productArray = List.of("ten");

        InvalidParamException e = assertThrows(InvalidParamException.class, params::toQuery);

        assertEquals(Set.of("after", "before", "orderby", "order", "per_page", "product"), e.params().keySet());
        assertEquals("Invalid date.", e.params().get("after"));
        assertEquals("Invalid date.", e.params().get("before"), "no 30 February");
        assertEquals("orderby is not one of date, date_gmt, id, include, product.", e.params().get("orderby"));
    }

    @Test
    void orderbyAndOrderAreRead() {
        ReviewListParams params = new ReviewListParams();
        params.orderBy = "product";
        params.order = "asc";
        params.offset = "-4";

        ReviewQuery query = params.toQuery();

        assertEquals("product", query.orderBy());
        assertEquals(true, query.ascending());
        assertEquals(4, query.firstResult(), "absint, as WordPress sanitizes offset");
    }
}
