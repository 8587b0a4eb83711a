/**
 * The catalog component: products (simple, variable with variations, grouped, external), categories, tags,
 * attributes and reviews, read by storefronts through CoCart's Products API.
 *
 * <p>Operations so far: a readiness probe and the published-product count. The Products API, the CSV import
 * and the admin API arrive with the catalog issue.
 *
 * <p>Failure reasons ({@link org.headlesscart.catalog.boundary.CatalogFailure}) and their wire codes:
 * PRODUCT_NOT_FOUND → 404 {@code cocart_product_invalid_id}.
 *
 * <p>Depends on no other component. Owns the tables of {@code db/catalog/migration}.
 */
package org.headlesscart.catalog;
