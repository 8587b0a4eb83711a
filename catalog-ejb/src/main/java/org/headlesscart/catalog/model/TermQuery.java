package org.headlesscart.catalog.model;

import java.util.List;

/**
 * A validated term-list request (contract §5.5). The REST layer checks shapes and ranges; {@code null} means "not
 * filtered", an empty list "no ids given". {@code offset} 0 means "start at {@code page}", as WordPress reads it.
 */
public record TermQuery(int page, int perPage, int offset, String search, List<Long> include, List<Long> exclude,
        String orderBy, boolean ascending, boolean hideEmpty, Long parent, Long product, String slug) {

    /** The orderings WordPress accepts for terms; anything else is refused by the REST layer. */
    public static final List<String> ORDER_BY = List.of("id", "include", "name", "slug", "term_group", "description",
            "count");

    /** Everything, by name, as {@code GET} without parameters asks. */
    public static TermQuery firstPage(int perPage) {
        return new TermQuery(1, perPage, 0, null, List.of(), List.of(), "name", true, false, null, null, null);
    }

    /** Where the page starts: an explicit offset wins over the page number. Far pages stop at a billion. */
    public int firstResult() {
        return (int) Math.min(offset > 0 ? offset : (page - 1L) * perPage, 1_000_000_000L);
    }

    /** The page the first result falls on, rounded up as WordPress does for its pagination links. */
    public int effectivePage() {
        return (firstResult() + perPage - 1) / perPage + 1;
    }
}
