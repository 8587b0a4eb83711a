/**
 * The console's catalog pages (docs/console.md): products (table, edit), categories and tags, and the WooCommerce
 * CSV import with its progress. The beans call catalog-ejb's boundaries only.
 */
package org.headlesscart.console.catalog;
