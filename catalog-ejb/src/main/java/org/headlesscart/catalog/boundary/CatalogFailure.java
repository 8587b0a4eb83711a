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
    PAGE_OUT_OF_RANGE("The page number requested is larger than the number of pages available."),

    /** No category, tag or attribute term of the requested taxonomy has the id. */
    TERM_NOT_FOUND("Term does not exist."),

    /** The attribute whose terms were asked for does not exist (its taxonomy, in WordPress's words). */
    TAXONOMY_NOT_FOUND("Taxonomy does not exist."),

    /** No global attribute has the requested id. */
    ATTRIBUTE_NOT_FOUND("Attribute does not exist."),

    /** The review does not exist, is not approved, or belongs to a product that is not published. */
    REVIEW_NOT_FOUND("Sorry, this product review does not exist."),

    /** The reviewer may not review the product: they have not bought it (or purchases are not known yet). */
    REVIEW_NOT_ALLOWED("Sorry, you are not allowed to create a review for this product."),

    /** A review names a product that does not exist, is not published, or is a variation. */
    REVIEWED_PRODUCT_NOT_FOUND("Invalid product ID.");

    private final String message;

    CatalogFailure(String message) {
        this.message = message;
    }

    /** The exception to throw for this reason; {@code detail} is logged, not shown to clients. */
    public CatalogException exception(Object detail) {
        return new CatalogException(this, message, String.valueOf(detail));
    }
}
