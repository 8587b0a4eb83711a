package org.headlesscart.catalog.model;

/**
 * The product taxonomies with their own routes besides global attributes: categories, tags and shipping classes
 * (the last only in the admin API: CoCart's storefront has no route for them).
 */
public enum Taxonomy {

    /** {@code product_cat}: hierarchical; a category's count includes the products of the categories below it. */
    CATEGORY,

    /** {@code product_tag}: flat. */
    TAG,

    /** {@code product_shipping_class}: flat; a product has at most one, a variation may take its parent's. */
    SHIPPING_CLASS
}
