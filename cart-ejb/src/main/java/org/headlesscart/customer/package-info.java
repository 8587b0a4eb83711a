/**
 * The customer component: registered users (administrator, shop manager, customer) with their names, e-mail, billing
 * phone and addresses; passwords stored as PBKDF2 hashes only.
 *
 * <p>Operations: the demo accounts of the run command ({@code DemoAccounts}); authentication by username, e-mail or
 * billing phone ({@code AccountService.lookUp}, then {@code authenticate}: the lookup names the account, so that the
 * WAR throttles failures per account before the password is hashed), and the account and customer fields the cart
 * reads; JWT refresh tokens ({@code RefreshTokens}: issued per login, rotated on use, revoked by logout, a family
 * revoked on reuse); the admin customers API modelled on WooCommerce REST v3 ({@code CustomerAdminService}: list,
 * read, create, change, delete, with the address rules the cart's {@code update-customer} callback uses too);
 * WooCommerce REST API keys ({@code ApiKeyService}: made, listed and revoked by an administrator, each acting as a
 * staff account, stored only as hashes, looked up before the secret is checked, as logins are). A deleted account
 * fires {@code AccountDeleted}, so that the cart deletes the user's cart.
 *
 * <p>Failure reasons ({@link org.headlesscart.customer.boundary.AccountFailure}) and their wire codes: UNKNOWN_LOGIN,
 * WRONG_PASSWORD, INVALID_REFRESH_TOKEN and EXPIRED_REFRESH_TOKEN → 401 {@code cocart_authentication_error};
 * INVALID_API_KEY → 401 {@code woocommerce_rest_authentication_error} (one message whichever half was wrong);
 * CUSTOMER_NOT_FOUND and API_KEY_NOT_FOUND → 404 {@code woocommerce_rest_invalid_id}; EMAIL_EXISTS → 400
 * {@code registration-error-email-exists}; USERNAME_EXISTS → 400 {@code registration-error-username-exists};
 * INVALID_EMAIL → 400 {@code registration-error-invalid-email}; INVALID_USERNAME → 400
 * {@code registration-error-invalid-username}; MISSING_PASSWORD → 400 {@code registration-error-missing-password};
 * USERNAME_NOT_EDITABLE → 400 {@code woocommerce_rest_customer_invalid_argument}; NOT_EDITABLE → 403
 * {@code woocommerce_rest_cannot_edit}; NOT_DELETABLE → 403 {@code woocommerce_rest_cannot_delete}; INVALID_FIELDS →
 * 400 {@code rest_invalid_param}.
 *
 * <p>Depends on no other component; the cart uses its boundary and model. Owns {@code user_account},
 * {@code user_address}, {@code refresh_token} and {@code api_key} (unit "cart", which it shares with the cart until
 * it stands alone).
 */
package org.headlesscart.customer;
