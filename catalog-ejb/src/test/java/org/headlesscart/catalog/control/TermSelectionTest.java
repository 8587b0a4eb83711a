package org.headlesscart.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.headlesscart.catalog.model.TermPage;
import org.headlesscart.catalog.model.TermQuery;
import org.headlesscart.catalog.model.TermView;
import org.junit.jupiter.api.Test;

/** WordPress's term query over the reference store's categories (capture 10 plus an empty "Decor"). */
class TermSelectionTest {

    static final List<TermView> CATEGORIES = List.of(
            term(15, "Uncategorized", 0, 0), term(16, "Clothing", 0, 3), term(17, "T-Shirts", 16, 1),
            term(18, "Hoodies", 16, 1), term(19, "accessories", 0, 2), term(20, "Music", 0, 1),
            term(21, "Décor", 0, 0));

    @Test
    void byDefaultEveryTermByNameCaseAndAccentBlind() {
        TermPage page = TermSelection.page(CATEGORIES, TermQuery.firstPage(10), null);

        assertEquals(List.of(19L, 16L, 21L, 18L, 20L, 17L, 15L), ids(page), "capture 10's order, Décor among D");
        assertEquals(7, page.total());
        assertEquals(1, page.page());
    }

    @Test
    void filtersCombine() {
        assertEquals(List.of(18L, 17L), ids(select(q -> q.parent(16L))));
        assertEquals(List.of(16L), ids(select(q -> q.parent(0L).hideEmpty().include(16L, 17L, 21L))));
        assertEquals(List.of(17L), ids(select(q -> q.search("SHIRT"))));
        assertEquals(List.of(17L), ids(select(q -> q.search("t-sh"))), "slugs are searched too");
        assertEquals(List.of(18L), ids(select(q -> q.slug("hoodies"))));
        assertEquals(List.of(19L, 21L, 20L, 15L), ids(select(q -> q.exclude(16L, 17L, 18L))));
        assertEquals(List.of(17L), ids(TermSelection.page(CATEGORIES, TermQuery.firstPage(10), Set.of(17L, 99L))),
                "only the product's terms");
    }

    @Test
    void orderings() {
        assertEquals(List.of(16L, 19L, 20L, 18L, 17L, 21L, 15L), ids(select(q -> q.orderBy("count", false))),
                "count descending, ties by id descending");
        assertEquals(List.of(15L, 16L, 17L), ids(select(q -> q.orderBy("id", true).perPage(3))));
        assertEquals(List.of(20L, 15L, 18L), ids(select(q -> q.include(20L, 15L, 18L).orderBy("include", true))));
        assertEquals(List.of(15L, 17L), ids(select(q -> q.orderBy("slug", false).perPage(2))),
                "uncategorized, t-shirts, music …");
    }

    @Test
    void pagesAndOffsets() {
        TermPage second = select(q -> q.page(2).perPage(3));
        assertEquals(List.of(18L, 20L, 17L), ids(second));
        assertEquals(7, second.total());
        assertEquals(3, second.totalPages());

        TermPage offset = select(q -> q.offset(5).perPage(3));
        assertEquals(List.of(17L, 15L), ids(offset));
        assertEquals(3, offset.page(), "ceil(5 / 3 + 1), as WordPress reports it");

        assertEquals(List.of(), ids(select(q -> q.page(9))), "beyond the end: empty, no error");
    }

    private static TermPage select(java.util.function.UnaryOperator<Q> query) {
        return TermSelection.page(CATEGORIES, query.apply(new Q()).build(), null);
    }

    private static List<Long> ids(TermPage page) {
        return page.terms().stream().map(TermView::id).toList();
    }

    private static TermView term(long id, String name, long parent, long count) {
        String slug = name.toLowerCase().replace("é", "e");
        return new TermView(id, name, slug, parent, "", null, 0, count);
    }

    /** A small builder so each case names only what it sets. */
    static final class Q {
        int page = 1;
        int perPage = 10;
        int offset;
        String search;
        List<Long> include = List.of();
        List<Long> exclude = List.of();
        String orderBy = "name";
        boolean ascending = true;
        boolean hideEmpty;
        Long parent;
        String slug;

        Q page(int value) { page = value; return this; }
        Q perPage(int value) { perPage = value; return this; }
        Q offset(int value) { offset = value; return this; }
        Q search(String value) { search = value; return this; }
        Q include(Long... ids) { include = List.of(ids); return this; }
        Q exclude(Long... ids) { exclude = List.of(ids); return this; }
        Q orderBy(String key, boolean asc) { orderBy = key; ascending = asc; return this; }
        Q hideEmpty() { hideEmpty = true; return this; }
        Q parent(Long value) { parent = value; return this; }
        Q slug(String value) { slug = value; return this; }

        TermQuery build() {
            return new TermQuery(page, perPage, offset, search, include, exclude, orderBy, ascending, hideEmpty, parent,
                    null, slug);
        }
    }
}
