package org.headlesscart.catalog.boundary;

import java.util.Map;

import org.headlesscart.catalog.control.admin.AdminRefusal;

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
    REVIEWED_PRODUCT_NOT_FOUND("Invalid product ID."),

    // The admin API's reasons, worded as WooCommerce REST v3 words them.

    /** No product or variation of any status has the id (or the variation is not the product's). */
    ADMIN_PRODUCT_NOT_FOUND("Invalid ID."),

    /** No category, tag or attribute term has the id. */
    ADMIN_TERM_NOT_FOUND("Resource does not exist."),

    /** No global attribute has the id. */
    ADMIN_ATTRIBUTE_NOT_FOUND("Resource does not exist."),

    /** Fields of a draft are invalid; {@link CatalogException#fields()} says which and why. */
    INVALID_FIELDS("Invalid parameter(s): %s"),

    /** Another product or variation has the SKU. */
    DUPLICATE_SKU("Invalid or duplicated SKU."),

    /** A term with this name already exists under the same parent. */
    TERM_EXISTS("A term with the name provided already exists with the same parent."),

    /** The requested slug belongs to another term or attribute. */
    SLUG_TAKEN("The slug is already in use by another resource."),

    /** A delete without {@code force=true} of something that has no trash. */
    TRASH_NOT_SUPPORTED("The resource does not support trashing. Set 'force' to true to delete."),

    /** A variation create whose body names none of a variation's fields (WooCommerce would make an empty one). */
    EMPTY_VARIATION("A variation needs at least one of its fields, such as regular_price or attributes; the request"
            + " named none (unknown fields are ignored)."),

    /** A category, tag or attribute term without a name, in WordPress's words. */
    EMPTY_TERM_NAME("A name is required for this term."),

    /** A parent given for a tag. */
    TAXONOMY_NOT_HIERARCHICAL("Can not set resource parent, taxonomy is not hierarchical."),

    /** A global attribute WooCommerce would not create as sent; the message says why. */
    ATTRIBUTE_NOT_CREATED("%s"),

    /** A global attribute WooCommerce would not change as sent; the message says why. */
    ATTRIBUTE_NOT_EDITED("%s");

    private final String message;

    CatalogFailure(String message) {
        this.message = message;
    }

    /** The exception to throw for this reason; {@code detail} is logged, not shown to clients. */
    public CatalogException exception(Object detail) {
        return new CatalogException(this, message, String.valueOf(detail), Map.of());
    }

    /** The exception for a reason whose message takes the refusal's own words. */
    private CatalogException worded(String words) {
        return new CatalogException(this, message.formatted(words), words, Map.of());
    }

    /** {@link #INVALID_FIELDS} naming each bad field with its problem, in the order given. */
    public static CatalogException invalidFields(Map<String, String> fields) {
        return new CatalogException(INVALID_FIELDS, INVALID_FIELDS.message.formatted(String.join(", ", fields.keySet())),
                fields.toString(), fields);
    }

    /** The boundary's answer to a refusal of the admin writes. */
    static CatalogException of(AdminRefusal refusal) {
        return switch (refusal.reason()) {
            case ADMIN_PRODUCT_NOT_FOUND -> ADMIN_PRODUCT_NOT_FOUND.exception(refusal.getMessage());
            case ADMIN_TERM_NOT_FOUND -> ADMIN_TERM_NOT_FOUND.exception(refusal.getMessage());
            case ADMIN_ATTRIBUTE_NOT_FOUND -> ADMIN_ATTRIBUTE_NOT_FOUND.exception(refusal.getMessage());
            case INVALID_FIELDS -> invalidFields(refusal.fields());
            case DUPLICATE_SKU -> DUPLICATE_SKU.exception(refusal.getMessage());
            case TERM_EXISTS -> TERM_EXISTS.exception(refusal.getMessage());
            case SLUG_TAKEN -> SLUG_TAKEN.exception(refusal.getMessage());
            case EMPTY_VARIATION -> EMPTY_VARIATION.exception(refusal.getMessage());
            case EMPTY_TERM_NAME -> EMPTY_TERM_NAME.exception(refusal.getMessage());
            case NOT_HIERARCHICAL -> TAXONOMY_NOT_HIERARCHICAL.exception(refusal.getMessage());
            case ATTRIBUTE_NOT_CREATED -> ATTRIBUTE_NOT_CREATED.worded(refusal.detail());
            case ATTRIBUTE_NOT_EDITED -> ATTRIBUTE_NOT_EDITED.worded(refusal.detail());
        };
    }
}
