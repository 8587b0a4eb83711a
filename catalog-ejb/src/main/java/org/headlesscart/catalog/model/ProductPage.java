package org.headlesscart.catalog.model;

import java.util.List;

/** One page of a product list and the size of the whole list. */
public record ProductPage(List<ProductView> products, long total, int page, int perPage) {

    public int totalPages() {
        return (int) ((total + perPage - 1) / perPage);
    }
}
