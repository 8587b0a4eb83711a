package org.headlesscart.catalog.boundary;

/**
 * Why the catalog refused a request. The WAR maps each reason to a CoCart code in one exhaustive switch;
 * messages are worded as CoCart words them.
 */
public enum CatalogFailure {

    /** No published product has the requested id. */
    PRODUCT_NOT_FOUND("Invalid ID."),

    /** A non-numeric product reference is no product's SKU (slugs are not accepted, as in CoCart). */
    UNKNOWN_SKU("Product does not exist! Check that you have submitted a product ID or SKU ID correctly for a product that exists."),

    /** The variation does not exist or is not a published child of the product in the path. */
    VARIATION_NOT_FOUND("Invalid ID."),

    /** A page beyond the last one of a list. */
    PAGE_OUT_OF_RANGE("The page number requested is larger than the number of pages available.");

    private final String message;

    CatalogFailure(String message) {
        this.message = message;
    }

    /** The exception to throw for this reason; {@code detail} is logged, not shown to clients. */
    public CatalogException exception(Object detail) {
        return new CatalogException(this, message, String.valueOf(detail));
    }
}
