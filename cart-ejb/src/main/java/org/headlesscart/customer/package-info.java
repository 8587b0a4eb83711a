/**
 * The customer component: registered users (administrator, shop manager, customer) with their names, e-mail,
 * billing phone and addresses; passwords stored as PBKDF2 hashes only.
 *
 * <p>Operations so far: the demo accounts of the run command, and authentication by username, e-mail or billing
 * phone ({@code AccountService.lookUp}, then {@code authenticate}: the lookup names the account, so that the WAR
 * throttles failures per account before the password is hashed). Failure reasons: {@code UNKNOWN_LOGIN} and
 * {@code WRONG_PASSWORD}, both 401 {@code cocart_authentication_error} on the wire. JWT refresh tokens ({@code RefreshTokens}): issued per login,
 * rotated on use, revoked by logout, a family revoked on reuse; {@code INVALID_REFRESH_TOKEN} and
 * {@code EXPIRED_REFRESH_TOKEN}, 401 {@code cocart_authentication_error}. The admin API and the guest-cart merge are still to come. Owns {@code user_account}, {@code user_address} and
 * {@code refresh_token} (unit "cart").
 */
package org.headlesscart.customer;
