package org.headlesscart.catalog.model;

/**
 * One page of the operators' product table: filters ({@code null} or blank filters nothing), the sort and the
 * rows asked for. Variations are never listed: they are edited with their product.
 *
 * @param search      part of the name or of the SKU, any case
 * @param status      {@code publish}, {@code draft}, {@code pending}, {@code private}, {@code trash}
 * @param type        {@code simple}, {@code variable}, {@code grouped}, {@code external}
 * @param stockStatus {@code instock}, {@code outofstock}, {@code onbackorder}
 * @param categoryId  products filed directly in this category
 * @param first       index of the first row, from 0
 * @param pageSize    rows per page, 1 to {@link #MAX_PAGE_SIZE}
 */
public record ProductTableQuery(String search, String status, String type, String stockStatus, Long categoryId,
        Sort sort, boolean ascending, int first, int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;

    /** The columns the table sorts by; every sort ends on the id, so that pages never overlap. */
    public enum Sort {
        NAME("p.name"), SKU("p.sku"), PRICE("p.pricing.regularPriceMinor"), STOCK("p.stock.quantity"),
        STATUS("p.status"), MODIFIED("p.modifiedAt"), CREATED("p.createdAt");

        private final String path;

        Sort(String path) {
            this.path = path;
        }

        /** The JPQL path of the column; a fixed string, never the caller's. */
        public String path() {
            return path;
        }
    }

    public ProductTableQuery {
        sort = sort == null ? Sort.CREATED : sort;
        first = Math.max(0, first);
        pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, pageSize));
    }
}
