/**
 * The console's Pricing pages (docs/console.md): coupons ({@code CouponAdminService}), tax rates with their CSV
 * import ({@code TaxAdminService}, {@code TaxImportService}) and shipping zones with their methods
 * ({@code ShippingAdminService}). Coupons are WooCommerce's Marketing pages, for shop managers too; tax rates and
 * shipping zones are WooCommerce → Settings → Tax / Shipping, store settings, so administrator-only here
 * ({@code ConsolePaths} refuses the pages to a shop manager, and every action checks
 * {@code ConsoleUser.requireAdministrator()} again).
 */
package org.headlesscart.console.pricing;
