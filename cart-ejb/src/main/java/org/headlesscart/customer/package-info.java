/**
 * The customer component: registered users (administrator, shop manager, customer) with their names, e-mail,
 * billing phone and addresses; passwords stored as PBKDF2 hashes only.
 *
 * <p>Operations so far: the demo accounts of the run command. Authentication, the admin API and the guest-cart
 * merge arrive with the customer issue. Owns {@code user_account} and {@code user_address} (unit "cart").
 */
package org.headlesscart.customer;
