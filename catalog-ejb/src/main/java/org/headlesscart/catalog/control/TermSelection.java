package org.headlesscart.catalog.control;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.headlesscart.catalog.model.TermPage;
import org.headlesscart.catalog.model.TermQuery;
import org.headlesscart.catalog.model.TermView;

/**
 * Filters, orders and pages a taxonomy's terms in memory, the way WordPress's term query does. A shop has tens or
 * hundreds of terms, loaded in one statement with their counts in another, so this costs nothing a database
 * would save; every filter combines with AND.
 */
final class TermSelection {

    private TermSelection() {
    }

    /**
     * @param all every term of the taxonomy, with its count
     * @param ofProduct the ids of the terms of {@code query.product()}, or null when not filtered by product
     */
    static TermPage page(List<TermView> all, TermQuery query, Set<Long> ofProduct) {
        List<TermView> selected = all.stream().filter(matching(query, ofProduct)).sorted(order(query)).toList();
        int from = Math.min(query.firstResult(), selected.size());
        int to = Math.min(from + query.perPage(), selected.size());
        return new TermPage(selected.subList(from, to), selected.size(), query.effectivePage(), query.perPage());
    }

    private static Predicate<TermView> matching(TermQuery query, Set<Long> ofProduct) {
        String search = query.search() == null ? null : query.search().toLowerCase(Locale.ROOT);
        return term -> (query.include().isEmpty() || query.include().contains(term.id()))
                && !query.exclude().contains(term.id())
                && (search == null || contains(term.name(), search) || contains(term.slug(), search))
                && (query.slug() == null || query.slug().equalsIgnoreCase(term.slug()))
                && (query.parent() == null || query.parent() == term.parentId())
                // A category's count includes its sub-categories', so "not empty" keeps parents of non-empty ones.
                && (!query.hideEmpty() || term.count() > 0)
                && (ofProduct == null || ofProduct.contains(term.id()));
    }

    /** The requested key, then the id; descending reverses both, as SQL's ORDER BY … DESC would. */
    static Comparator<TermView> order(TermQuery query) {
        Collator collator = Collator.getInstance(Locale.ROOT);      // case- and accent-blind, like MySQL's _ci
        collator.setStrength(Collator.PRIMARY);
        Comparator<TermView> key;
        if ("include".equals(query.orderBy()) && !query.include().isEmpty()) {
            key = Comparator.comparingInt(term -> query.include().indexOf(term.id()));
        } else {
            key = switch (query.orderBy()) {
                case "id" -> Comparator.comparingLong(TermView::id);
                case "slug" -> Comparator.comparing(TermView::slug, collator);
                case "description" -> Comparator.comparing(TermView::description, collator);
                case "count" -> Comparator.comparingLong(TermView::count);
                case "term_group" -> (a, b) -> 0;                  // no term groups: every term is in group 0
                default -> Comparator.comparing(TermView::name, collator);
            };
        }
        Comparator<TermView> full = key.thenComparingLong(TermView::id);
        return query.ascending() ? full : full.reversed();
    }

    private static boolean contains(String text, String lowerCaseWords) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(lowerCaseWords);
    }
}
