package org.headlesscart.api.cocart.v2.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.headlesscart.api.error.InvalidParamException;
import org.headlesscart.catalog.model.TermQuery;
import org.junit.jupiter.api.Test;

class TermListParamsTest {

    @Test
    void withoutParametersTheFirstTenByNameAscending() {
        TermQuery query = new TermListParams().toQuery(true);

        assertEquals(TermQuery.firstPage(10), query, "contract §5.5 defaults: per_page 10, orderby name, order asc");
        assertFalse(query.hideEmpty());
    }

    @Test
    void everyParameterIsRead() {
        TermListParams params = new TermListParams();
        params.page = "2";
        params.perPage = "5";
        params.offset = "3";
        params.search = " shirt ";
        params.include = List.of("1,2");
        params.includeArray = List.of("3");
        params.excludeArray = List.of("4");
        params.order = "DESC";
        params.orderBy = "count";
        params.hideEmpty = "true";
        params.parent = "16";
        params.product = "10";
        params.slug = "t-shirts";

        TermQuery query = params.toQuery(true);

        assertEquals(new TermQuery(2, 5, 3, "shirt", List.of(1L, 2L, 3L), List.of(4L), "count", false, true, 16L, 10L,
                "t-shirts"), query);
        assertEquals(3, query.firstResult(), "an offset wins over the page");
    }

    @Test
    void tagsIgnoreParentAsWordPressDoesForFlatTaxonomies() {
        TermListParams params = new TermListParams();
        params.parent = "16";

        assertNull(params.toQuery(false).parent());
        assertEquals(16L, params.toQuery(true).parent());
    }

    @Test
    void parentZeroMeansTopLevelAndProductZeroMeansUnfiltered() {
        TermListParams params = new TermListParams();
        params.parent = "0";
        params.product = "0";

        TermQuery query = params.toQuery(true);

        assertEquals(0L, query.parent());
        assertNull(query.product(), "WordPress ignores an empty product");
    }

    @Test
    void everyBadParameterIsNamedAtOnce() {
        TermListParams params = new TermListParams();
        params.page = "0";
        params.perPage = "101";
        params.offset = "x";
        params.order = "up";
        params.orderBy = "menu_order";
        params.hideEmpty = "maybe";
        params.parent = "top";
        params.product = "p";
        params.include = List.of("a");

        InvalidParamException e = assertThrows(InvalidParamException.class, () -> params.toQuery(true));

        assertEquals(Set.of("page", "per_page", "offset", "order", "orderby", "hide_empty", "parent", "product",
                "include"), e.params().keySet(), "R-ERR: rest_invalid_param names every bad parameter");
        assertEquals("per_page must be between 1 (inclusive) and 100 (inclusive)", e.params().get("per_page"));
        assertEquals("orderby is not one of id, include, name, slug, term_group, description, count.",
                e.params().get("orderby"));
        assertTrue(e.params().get("hide_empty").contains("boolean"));
    }

    @Test
    void theReportedPageFollowsTheOffsetRoundedUpAsWordPressDoes() {
        assertEquals(1, query(1, 10, 0).effectivePage());
        assertEquals(2, query(1, 10, 5).effectivePage());
        assertEquals(2, query(1, 10, 10).effectivePage());
        assertEquals(3, query(3, 10, 0).effectivePage());
    }

    private static TermQuery query(int page, int perPage, int offset) {
        return new TermQuery(page, perPage, offset, null, List.of(), List.of(), "name", true, false, null, null, null);
    }
}
