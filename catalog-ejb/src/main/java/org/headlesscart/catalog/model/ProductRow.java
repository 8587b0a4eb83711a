package org.headlesscart.catalog.model;

import java.time.Instant;
import java.util.List;

/**
 * One product of the operators' product table: what a list shows, money in minor units ({@code null} = no price),
 * {@code stockQuantity} {@code null} when stock is not counted.
 */
public record ProductRow(long id, String name, String sku, String type, String status, Long regularPrice,
        Long salePrice, boolean manageStock, Integer stockQuantity, String stockStatus, List<String> categories,
        Instant modified) {

    public ProductRow {
        categories = List.copyOf(categories);
    }

    /** One page of the table and the number of products the filters find. */
    public record Page(List<ProductRow> rows, long total) {

        public Page {
            rows = List.copyOf(rows);
        }
    }
}
