package org.headlesscart.catalog.model;

import java.util.List;

/** One page of the review list and the size of the whole (filtered) list. */
public record ReviewPage(List<ReviewView> reviews, long total, int page, int perPage) {

    public int totalPages() {
        return (int) ((total + perPage - 1) / perPage);
    }
}
