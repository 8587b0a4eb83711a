package org.headlesscart.catalog.model;

import java.time.Instant;
import java.util.List;

/**
 * A validated review-list request (contract §5.6). {@code null} means "not filtered", an empty list "no ids
 * given"; {@code after} and {@code before} are exclusive. {@code reviewers} are customer (user) ids, as CoCart has
 * them. {@code offset} 0 means "start at {@code page}".
 */
public record ReviewQuery(int page, int perPage, int offset, String search, Instant after, Instant before,
        List<Long> include, List<Long> exclude, List<Long> products, List<Long> reviewers,
        List<Long> reviewersExcluded, String orderBy, boolean ascending) {

    /** The orderings CoCart accepts for reviews; anything else is refused by the REST layer. */
    public static final List<String> ORDER_BY = List.of("date", "date_gmt", "id", "include", "product");

    /** The newest reviews first, as {@code GET} without parameters asks. */
    public static ReviewQuery firstPage(int perPage) {
        return new ReviewQuery(1, perPage, 0, null, null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), "date_gmt", false);
    }

    /** Where the page starts: an explicit offset wins over the page number. Far pages stop at a billion. */
    public int firstResult() {
        return (int) Math.min(offset > 0 ? offset : (page - 1L) * perPage, 1_000_000_000L);
    }
}
