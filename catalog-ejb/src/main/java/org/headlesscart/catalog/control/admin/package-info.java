/**
 * The admin API's writes: products, variations, categories, tags, global attributes and their terms, changed
 * from drafts modelled on WooCommerce REST v3. Every change runs in its caller's transaction and ends by bumping
 * the catalog revision, so cached Products API responses are not served after it.
 */
package org.headlesscart.catalog.control.admin;
