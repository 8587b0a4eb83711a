package org.headlesscart.customer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** WooCommerce's key format and lookup hash, and what is stored of the secret. */
class ApiKeyCodesTest {

    @Test
    void newKeysAreWooCommercesPrefixAndFortyHexDigitsOfRandom() {
        String key = ApiKeyCodes.newConsumerKey();
        String secret = ApiKeyCodes.newConsumerSecret();

        assertTrue(key.matches("ck_[0-9a-f]{40}"), key);
        assertTrue(secret.matches("cs_[0-9a-f]{40}"), secret);
        assertTrue(ApiKeyCodes.isConsumerKey(key));
        assertTrue(ApiKeyCodes.isConsumerSecret(secret));
        assertNotEquals(key.substring(3), secret.substring(3));
        assertNotEquals(key, ApiKeyCodes.newConsumerKey());
        assertEquals(key.substring(36), ApiKeyCodes.truncated(key), "the last 7 characters");
    }

    @Test
    void malformedHalvesAreNotKeys() {
        for (String text : new String[] {null, "", "ck_", "ck_abc", "cs_" + "a".repeat(40), "ck_" + "A".repeat(40),
                "ck_" + "a".repeat(41), "ck_" + "g".repeat(40), " ck_" + "a".repeat(40)}) {
            assertFalse(ApiKeyCodes.isConsumerKey(text), String.valueOf(text));
        }
        assertFalse(ApiKeyCodes.isConsumerSecret("ck_" + "a".repeat(40)));
    }

    @Test
    void theLookupHashIsWooCommercesWcApiHash() {
        // hash_hmac('sha256', 'ck_0123456789abcdef0123456789abcdef01234567', 'wc-api'), as WooCommerce stores it;
        // computed independently with: printf %s ck_… | openssl dgst -sha256 -hmac wc-api
        assertEquals("4ffbd479cad9f24fb43a1516cb436a9dad0e2e23ef491464e29c2d81dae32edd",
                ApiKeyCodes.lookupHash("ck_0123456789abcdef0123456789abcdef01234567"));
    }

    @Test
    void onlyTheSecretsHashIsStoredAndItMatchesOnlyThatSecret() {
        String secret = ApiKeyCodes.newConsumerSecret();
        String stored = ApiKeyCodes.secretHash(secret);

        assertTrue(stored.matches("[0-9a-f]{64}"), stored);
        assertFalse(stored.contains(secret.substring(3)));
        assertTrue(ApiKeyCodes.secretMatches(secret, stored));
        assertFalse(ApiKeyCodes.secretMatches(ApiKeyCodes.newConsumerSecret(), stored));
        assertFalse(ApiKeyCodes.secretMatches(secret.substring(0, 42), stored));
        assertFalse(ApiKeyCodes.secretMatches(secret, ""), "no stored hash matches nothing");
        assertFalse(ApiKeyCodes.secretMatches(secret, "not hex"));
    }
}
