package org.headlesscart.catalog.model;

import java.util.List;

/** One page of a term list, the size of the whole (filtered) list, and where the page sits in it. */
public record TermPage(List<TermView> terms, long total, int page, int perPage) {

    public int totalPages() {
        return (int) ((total + perPage - 1) / perPage);
    }
}
