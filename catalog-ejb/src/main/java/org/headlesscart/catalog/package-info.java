/**
 * The catalog component: products (simple, variable with variations, grouped, external), categories, tags,
 * attributes and reviews, read by storefronts through CoCart's Products API.
 *
 * <p>Operations: a readiness probe and the published-product count; products and variations
 * ({@code CatalogService}); categories, tags, global attributes and attribute terms with their product counts
 * ({@code TaxonomyService}); product reviews, listed, read and added ({@code ReviewService}, with the
 * {@code headlesscart.catalog.reviews-require-purchase} rule); the CSV import ({@code CatalogImportService}); products
 * and variations as the cart reads them, by id, SKU or in batches ({@code PurchasableService}, cached while the
 * catalog revision holds: {@code headlesscart.catalog.purchasable-cache-size}); the admin API, modelled on
 * WooCommerce REST v3, for products and variations ({@code CatalogAdminService}) and for categories, tags, global
 * attributes and their terms ({@code TaxonomyAdminService}).
 *
 * <p>Failure reasons ({@link org.headlesscart.catalog.boundary.CatalogFailure}) and their wire codes:
 * PRODUCT_NOT_FOUND and REVIEWED_PRODUCT_NOT_FOUND → 404 {@code cocart_product_invalid_id}; UNKNOWN_SKU → 404
 * {@code cocart_unknown_product_id}; VARIATION_NOT_FOUND → 404 {@code cocart_product_variation_invalid_id};
 * PAGE_OUT_OF_RANGE → 400 {@code cocart_products_invalid_page_number}; TERM_NOT_FOUND → 404
 * {@code cocart_term_invalid}; TAXONOMY_NOT_FOUND → 404 {@code cocart_taxonomy_invalid}; ATTRIBUTE_NOT_FOUND → 404
 * {@code cocart_attribute_invalid}; REVIEW_NOT_FOUND → 404 {@code cocart_cannot_view_review}; REVIEW_NOT_ALLOWED →
 * 403 {@code cocart_cannot_create}. The admin API's: ADMIN_PRODUCT_NOT_FOUND → 404
 * {@code woocommerce_rest_product_invalid_id}; ADMIN_TERM_NOT_FOUND → 404 {@code woocommerce_rest_term_invalid};
 * ADMIN_ATTRIBUTE_NOT_FOUND → 404 {@code woocommerce_rest_attribute_invalid}; INVALID_FIELDS → 400
 * {@code rest_invalid_param}; DUPLICATE_SKU → 400 {@code product_invalid_sku}; TERM_EXISTS → 400
 * {@code term_exists}; SLUG_TAKEN → 400 {@code duplicate_term_slug}; TRASH_NOT_SUPPORTED → 501
 * {@code woocommerce_rest_trash_not_supported}; EMPTY_VARIATION and ATTRIBUTE_NOT_CREATED → 400
 * {@code woocommerce_rest_cannot_create}; ATTRIBUTE_NOT_EDITED → 400 {@code woocommerce_rest_cannot_edit};
 * EMPTY_TERM_NAME → 400 {@code empty_term_name}; TAXONOMY_NOT_HIERARCHICAL → 400
 * {@code woocommerce_rest_taxonomy_not_hierarchical}. The admin writes raise {@code AdminRefusal}s, which the
 * boundary turns into {@code CatalogException}.
 *
 * <p>Depends on no other component. Owns the tables of {@code db/catalog/migration}.
 */
package org.headlesscart.catalog;
