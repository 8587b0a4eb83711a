package org.headlesscart.catalog.boundary;

/**
 * Why the catalog refused a request. The WAR maps each reason to a CoCart code in one exhaustive switch;
 * messages are worded as CoCart words them.
 */
public enum CatalogFailure {

    /** No published product has the requested id or SKU. */
    PRODUCT_NOT_FOUND("Invalid product ID.");

    private final String message;

    CatalogFailure(String message) {
        this.message = message;
    }

    /** The exception to throw for this reason; {@code detail} is logged, not shown to clients. */
    public CatalogException exception(Object detail) {
        return new CatalogException(this, message, String.valueOf(detail));
    }
}
