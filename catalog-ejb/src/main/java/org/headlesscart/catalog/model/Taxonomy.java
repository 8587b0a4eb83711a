package org.headlesscart.catalog.model;

/** The product taxonomies with their own routes besides global attributes: categories and tags. */
public enum Taxonomy {

    /** {@code product_cat}: hierarchical; a category's count includes the products of the categories below it. */
    CATEGORY,

    /** {@code product_tag}: flat. */
    TAG
}
