package org.headlesscart.customer.boundary;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.headlesscart.customer.control.AccountStore;
import org.headlesscart.customer.control.ApiKeyCodes;
import org.headlesscart.customer.control.ApiKeyStore;
import org.headlesscart.customer.entity.ApiKey;
import org.headlesscart.customer.entity.Role;
import org.headlesscart.customer.entity.UserAccount;
import org.headlesscart.customer.model.ApiKeyDraft;
import org.headlesscart.customer.model.ApiKeyPage;
import org.headlesscart.customer.model.ApiKeyPermissions;
import org.headlesscart.customer.model.ApiKeyView;
import org.headlesscart.customer.model.NewApiKey;

/**
 * WooCommerce REST API keys (docs/authentication.md#rest-api-keys): made, listed and revoked by an administrator, each
 * acting as one staff account (administrator or shop manager) with its permissions on top. Authentication is split as
 * for passwords ({@link AccountService}): {@link #lookUp} names the key without checking the secret, so that the WAR
 * throttles failures per key first; {@link #authenticate} checks the secret; {@link #recordAccess} notes the use once
 * the WAR has let the request through.
 */
@Stateless
public class ApiKeyService {

    static final int MAX_DESCRIPTION = 200;
    private static final Logger LOG = System.getLogger(ApiKeyService.class.getName());

    @Inject
    ApiKeyStore keys;

    @Inject
    AccountStore accounts;

    /**
     * What {@code consumerKey} names: a key and the staff account it acts as, or nothing (also for text that is not
     * a consumer key at all, without a query). No secret is checked yet.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ApiKeyLookup lookUp(String consumerKey) {
        Optional<ApiKey> key = ApiKeyCodes.isConsumerKey(consumerKey) ? keys.findByConsumerKey(consumerKey)
                : Optional.empty();
        return key.flatMap(k -> accounts.findById(k.getUserId())
                        .map(owner -> ApiKeyLookup.of(new ApiKeyGrant(AccountService.view(owner), view(k)),
                                k.getSecretHash())))
                .orElseGet(() -> ApiKeyLookup.unknown(consumerKey));
    }

    /**
     * The key's grant if the secret matches. Unknown keys and wrong secrets are one failure, so that the answer does
     * not tell which half was wrong; both cost one hash.
     *
     * @throws AccountException {@link AccountFailure#INVALID_API_KEY}
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ApiKeyGrant authenticate(ApiKeyLookup key, String consumerSecret) {
        boolean matches = ApiKeyCodes.secretMatches(consumerSecret, key.found() ? key.secretHash() : "");
        if (!key.found() || !matches) {
            throw new AccountException(AccountFailure.INVALID_API_KEY, "Unknown consumer key or wrong secret");
        }
        return key.grant();
    }

    /** Records the key's use now, to the minute (a conditional update; none when recorded within the minute). */
    public void recordAccess(ApiKeyGrant grant) {
        Instant now = Instant.now();
        if (ApiKeyStore.isStale(grant.key().lastAccess(), now)) {
            keys.touch(grant.key().id(), now);
        }
    }

    /**
     * A new key for a staff account ({@code userId}, or the caller's own); its consumer key and secret are in the
     * answer and nowhere else.
     *
     * @throws AccountException {@link AccountFailure#INVALID_FIELDS} for a description that is blank or over 200
     *         characters, unknown permissions, or a user who is not an administrator or a shop manager
     */
    public NewApiKey create(ApiKeyDraft draft, long callerId) {
        long userId = draft.userId() == null ? callerId : draft.userId();
        Map<String, String> problems = new LinkedHashMap<>();
        if (draft.description() == null || draft.description().isBlank()) {
            problems.put("description", "description is required.");     // the REST edge answers this first
        } else if (draft.description().length() > MAX_DESCRIPTION) {
            problems.put("description", "description must be at most " + MAX_DESCRIPTION + " characters long.");
        }
        Optional<ApiKeyPermissions> permissions = ApiKeyPermissions.ofWireName(draft.permissions());
        if (permissions.isEmpty()) {
            problems.put("permissions", "permissions is not one of read, write, and read_write.");
        }
        if (accounts.findById(userId).filter(ApiKeyService::isStaff).isEmpty()) {
            problems.put("user_id", "user_id must be the id of an administrator or a shop manager.");
        }
        if (!problems.isEmpty()) {
            throw new AccountException(AccountFailure.INVALID_FIELDS, "Invalid parameter(s)", problems);
        }
        String consumerKey = ApiKeyCodes.newConsumerKey();
        String secret = ApiKeyCodes.newConsumerSecret();
        ApiKey key = keys.add(newKey(userId, draft.description(), permissions.get(), consumerKey, secret));
        LOG.log(Level.INFO, "API key {0} (…{1}) made for user {2}", key.getId(), key.getTruncatedKey(), userId);
        return new NewApiKey(view(key), consumerKey, secret);
    }

    /** A page of keys, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ApiKeyPage list(int page, int perPage) {
        return new ApiKeyPage(keys.page(page, perPage).stream().map(ApiKeyService::view).toList(), keys.count());
    }

    /** @throws AccountException {@link AccountFailure#API_KEY_NOT_FOUND} */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ApiKeyView get(long id) {
        return keys.findById(id).map(ApiKeyService::view).orElseThrow(ApiKeyService::notFound);
    }

    /**
     * Revokes the key: it is deleted, as WooCommerce deletes it, and the next request with it is refused.
     *
     * @return the key as it was
     * @throws AccountException {@link AccountFailure#API_KEY_NOT_FOUND}
     */
    public ApiKeyView revoke(long id) {
        ApiKey key = keys.findById(id).orElseThrow(ApiKeyService::notFound);
        keys.remove(key);
        LOG.log(Level.INFO, "API key {0} (…{1}) revoked", key.getId(), key.getTruncatedKey());
        return view(key);
    }

    /** The entity for a key whose halves are already made (the demo key comes from configuration). */
    static ApiKey newKey(long userId, String description, ApiKeyPermissions permissions, String consumerKey,
            String secret) {
        return new ApiKey(userId, description, permissions.wireName(), ApiKeyCodes.lookupHash(consumerKey),
                ApiKeyCodes.secretHash(secret), ApiKeyCodes.truncated(consumerKey), Instant.now());
    }

    static boolean isStaff(UserAccount account) {
        return account.getRole() == Role.ADMINISTRATOR || account.getRole() == Role.SHOP_MANAGER;
    }

    private static ApiKeyView view(ApiKey key) {
        return new ApiKeyView(key.getId(), key.getUserId(), key.getDescription(),
                ApiKeyPermissions.ofWireName(key.getPermissions()).orElseThrow(), key.getTruncatedKey(),
                key.getCreatedAt(), key.getLastAccess());
    }

    private static AccountException notFound() {
        return new AccountException(AccountFailure.API_KEY_NOT_FOUND, "No such API key");
    }
}
