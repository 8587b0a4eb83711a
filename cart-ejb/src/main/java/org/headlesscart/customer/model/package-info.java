/**
 * The customer component's records as they cross its layers and its module (accounts, customers and REST API keys as
 * views, the admin's queries and drafts, the account-deleted event), and the syntax of the values they carry: e-mail,
 * phone, address fields and postcodes, which the cart's {@code update-customer} callback checks too. They live here
 * rather than in {@code boundary} so that control can read them without reaching back into the boundary
 * (ArchitectureTest). They depend on no layer of any component.
 */
package org.headlesscart.customer.model;
