package org.headlesscart.customer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    final PasswordHashing hashing = hashing(1000);   // low cost: the format, not the cost, is under test

    @Test
    void hashUsesJakartaSecuritysPbkdf2FormatWithTheConfiguredCost() {
        String[] parts = hashing.hash("s3cret".toCharArray()).split(":");

        assertEquals(4, parts.length);
        assertEquals("PBKDF2WithHmacSHA256", parts[0]);
        assertEquals("1000", parts[1]);
        assertEquals(32, java.util.Base64.getDecoder().decode(parts[2]).length, "salt bytes");
        assertEquals(32, java.util.Base64.getDecoder().decode(parts[3]).length, "key bytes");
    }

    @Test
    void theRightPasswordVerifiesAndAWrongOneDoesNot() {
        String stored = hashing.hash("s3cret".toCharArray());

        assertTrue(hashing.verify("s3cret".toCharArray(), stored));
        assertFalse(hashing.verify("s3cret ".toCharArray(), stored));
        assertFalse(hashing.verify("".toCharArray(), stored));
    }

    @Test
    void sameSecretHashesDifferentlyEachTimeAndStillVerifies() {
        String first = hashing.hash("s3cret".toCharArray());
        String second = hashing.hash("s3cret".toCharArray());

        assertNotEquals(first, second, "random salt");
        assertTrue(hashing.verify("s3cret".toCharArray(), second));
    }

    @Test
    void hashesMadeWithAnotherCostStillVerify() {
        String stored = hashing(2000).hash("s3cret".toCharArray());

        assertTrue(hashing.verify("s3cret".toCharArray(), stored), "the cost is read from the stored hash");
    }

    @Test
    void malformedOrForeignHashesNeverMatch() {
        assertFalse(hashing.verify("x".toCharArray(), "plain-text"));
        assertFalse(hashing.verify("x".toCharArray(), "MD5:1:abc:def"));
    }

    private static PasswordHashing hashing(int iterations) {
        PasswordHashing hashing = new PasswordHashing();
        hashing.iterations = iterations;
        return hashing;
    }
}
