package org.headlesscart.customer.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.headlesscart.customer.control.AccountStore;
import org.headlesscart.customer.control.ApiKeyCodes;
import org.headlesscart.customer.control.ApiKeyStore;
import org.headlesscart.customer.entity.ApiKey;
import org.headlesscart.customer.entity.Role;
import org.headlesscart.customer.entity.UserAccount;
import org.headlesscart.customer.model.ApiKeyDraft;
import org.headlesscart.customer.model.ApiKeyPermissions;
import org.headlesscart.customer.model.NewApiKey;
import org.junit.jupiter.api.Test;

/**
 * Keys are made for staff only and stored as hashes; one reason for every bad key; a key is looked up before its
 * secret is checked, and its subject for the throttle never holds the text a guesser sent.
 */
class ApiKeyServiceTest {

    final ApiKeyService service = new ApiKeyService();
    final Map<Long, UserAccount> users = Map.of(
            1L, withId(1, new UserAccount("admin", "a@example.com", "h", Role.ADMINISTRATOR, Instant.EPOCH)),
            2L, withId(2, new UserAccount("customer", "c@example.com", "h", Role.CUSTOMER, Instant.EPOCH)),
            3L, withId(3, new UserAccount("manager", "m@example.com", "h", Role.SHOP_MANAGER, Instant.EPOCH)));
    final List<ApiKey> stored = new ArrayList<>();
    int lookups;

    {
        service.accounts = new AccountStore() {
            @Override
            public Optional<UserAccount> findById(long id) {
                return Optional.ofNullable(users.get(id));
            }
        };
        service.keys = new ApiKeyStore() {
            @Override
            public ApiKey add(ApiKey key) {
                stored.add(key);
                return withId(stored.size(), key);
            }

            @Override
            public Optional<ApiKey> findByConsumerKey(String consumerKey) {
                lookups++;
                String hash = ApiKeyCodes.lookupHash(consumerKey);
                return stored.stream().filter(k -> hash.equals(field(k, "consumerKeyHash"))).findFirst();
            }
        };
    }

    @Test
    void aNewKeyIsStoredOnlyAsHashesAndItsHalvesAreInTheAnswerAlone() {
        NewApiKey created = service.create(new ApiKeyDraft("Sync", "read", 3L), 1);

        ApiKey key = stored.get(0);
        assertEquals(3, key.getUserId());
        assertEquals(ApiKeyPermissions.READ, created.key().permissions());
        assertEquals(ApiKeyCodes.truncated(created.consumerKey()), key.getTruncatedKey());
        assertEquals(ApiKeyCodes.lookupHash(created.consumerKey()), field(key, "consumerKeyHash"));
        assertEquals(ApiKeyCodes.secretHash(created.consumerSecret()), key.getSecretHash());
        assertNotEquals(created.consumerSecret(), key.getSecretHash());
        assertEquals(1, service.create(new ApiKeyDraft("Mine", "write", null), 1).key().userId(), "the caller's");
    }

    @Test
    void keysAreForStaffWithWooCommercesPermissionsAndAShortDescription() {
        AccountException refused = assertThrows(AccountException.class,
                () -> service.create(new ApiKeyDraft("d".repeat(201), "admin", 2L), 1));

        assertEquals(AccountFailure.INVALID_FIELDS, refused.failure());
        assertEquals(java.util.Set.of("description", "permissions", "user_id"), refused.fields().keySet());
        assertThrows(AccountException.class, () -> service.create(new ApiKeyDraft("x", "read", 99L), 1));
        assertEquals(AccountFailure.INVALID_FIELDS, assertThrows(AccountException.class,
                () -> service.create(new ApiKeyDraft(null, "read", null), 1)).failure());
        assertTrue(stored.isEmpty());
    }

    @Test
    void theRightSecretGrantsTheOwnerAndEveryBadKeyIsOneReason() {
        NewApiKey created = service.create(new ApiKeyDraft("Sync", "read_write", 3L), 1);

        ApiKeyLookup found = service.lookUp(created.consumerKey());
        assertEquals("api-key:1", found.subject());
        ApiKeyGrant grant = service.authenticate(found, created.consumerSecret());
        assertEquals(3, grant.user().id());
        assertEquals("shop_manager", grant.user().role());

        String unknown = ApiKeyCodes.newConsumerKey();
        for (Runnable bad : List.<Runnable>of(
                () -> service.authenticate(found, ApiKeyCodes.newConsumerSecret()),
                () -> service.authenticate(service.lookUp(unknown), created.consumerSecret()),
                () -> service.authenticate(service.lookUp("ck_abc"), "cs_def"),
                () -> service.authenticate(found, ""))) {
            assertEquals(AccountFailure.INVALID_API_KEY, assertThrows(AccountException.class, bad::run).failure());
        }
    }

    @Test
    void aMalformedKeyIsNotLookedUpAndNoSubjectHoldsTheTextSent() {
        int before = lookups;
        ApiKeyLookup malformed = service.lookUp("ck_not-a-key");

        assertFalse(malformed.found());
        assertEquals(before, lookups, "no query for what cannot be a key");
        assertFalse(malformed.subject().contains("not-a-key"));
        assertEquals(malformed.subject(), service.lookUp("ck_not-a-key").subject(), "the same text, the same count");
    }

    private static <T> T withId(long id, T entity) {
        try {
            var field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object field(Object entity, String name) {
        try {
            var field = entity.getClass().getDeclaredField(name);
            field.setAccessible(true);
            return field.get(entity);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
