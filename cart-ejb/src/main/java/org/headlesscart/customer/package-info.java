/**
 * The customer component: registered users (administrator, shop manager, customer) with their names, e-mail,
 * billing phone and addresses; passwords stored as PBKDF2 hashes only.
 *
 * <p>Operations so far: the demo accounts of the run command, and authentication by username, e-mail or billing
 * phone ({@code AccountService.lookUp}, then {@code authenticate}: the lookup names the account, so that the WAR
 * throttles failures per account before the password is hashed). Failure reasons: {@code UNKNOWN_LOGIN} and
 * {@code WRONG_PASSWORD}, both 401 {@code cocart_authentication_error} on the wire. JWT refresh tokens ({@code RefreshTokens}): issued per login,
 * rotated on use, revoked by logout, a family revoked on reuse; {@code INVALID_REFRESH_TOKEN} and
 * {@code EXPIRED_REFRESH_TOKEN}, 401 {@code cocart_authentication_error}. WooCommerce REST API keys ({@code ApiKeyService}): made,
 * listed and revoked by an administrator, each acting as a staff account, stored only as hashes; looked up before
 * the secret is checked, as logins are; {@code INVALID_API_KEY} (401 {@code woocommerce_rest_authentication_error},
 * one message whichever half was wrong) and {@code API_KEY_NOT_FOUND} (404 {@code woocommerce_rest_invalid_id}).
 * Owns {@code user_account}, {@code user_address}, {@code refresh_token} and {@code api_key} (unit "cart").
 */
package org.headlesscart.customer;
