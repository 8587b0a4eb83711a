/**
 * The console's Customers pages (docs/console.md): the list over the admin customers API's boundary
 * ({@code CustomerAdminService}), a customer's detail with their orders ({@code OrderAdminService}) and cart
 * ({@code CartAdminService}), create, edit and password reset. Shop managers and administrators both use them, as
 * WooCommerce lets shop managers edit customers; staff accounts are read-only here, as in the API.
 */
package org.headlesscart.console.customers;
