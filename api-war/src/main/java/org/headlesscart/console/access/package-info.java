/**
 * The console's Access pages (docs/console.md), for administrators only, as WooCommerce lets only an administrator
 * manage users and REST API keys: staff accounts ({@link org.headlesscart.console.access.StaffAccountsPage}) and API
 * keys ({@link org.headlesscart.console.access.ApiKeysPage}). The pages are guarded by the console's sign-in; every
 * action checks again ({@link org.headlesscart.console.access.AdministratorCheck}).
 */
package org.headlesscart.console.access;
