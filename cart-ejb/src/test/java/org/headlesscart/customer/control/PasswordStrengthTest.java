package org.headlesscart.customer.control;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PasswordStrengthTest {

    @Test
    void threeClassesOfEightCharactersPass() {
        assertNull(PasswordStrength.problem("Tr4nquil-Otter", "jane", "jane@example.com"));
        assertNull(PasswordStrength.problem("blue-kettle-9", null, "jane@example.com"));   // lower, digit, symbol
        assertNull(PasswordStrength.problem("BLUEkettle92", null, "jane@example.com"));    // upper, lower, digit
    }

    @Test
    void shortOrLongOrTooFewClassesFail() {
        assertNotNull(PasswordStrength.problem("Ab1!xyz", null, "jane@example.com"));
        assertNotNull(PasswordStrength.problem("Ab1!" + "x".repeat(253), null, "jane@example.com"));
        assertNotNull(PasswordStrength.problem("bluekettlesong", null, "jane@example.com"));
        assertNotNull(PasswordStrength.problem("bluekettle1234", null, "jane@example.com"));
    }

    @Test
    void usernameAndEmailFail() {
        assertNotNull(PasswordStrength.problem("Jane.Doe42", "jane.doe42", "x@example.com"));
        assertNotNull(PasswordStrength.problem("Jane.Doe@Example.com", null, "jane.doe@example.com"));
        assertNotNull(PasswordStrength.problem("Jane.Doe42", null, "jane.doe42@example.com"));
    }

    @Test
    void commonPasswordsFailHoweverDressed() {
        assertNotNull(PasswordStrength.problem("Password1", null, "jane@example.com"));
        assertNotNull(PasswordStrength.problem("P@ssw0rd", null, "jane@example.com"));
        assertNotNull(PasswordStrength.problem("Password123!", null, "jane@example.com"));
        assertNotNull(PasswordStrength.problem("Welcome2026!", null, "jane@example.com"));
        assertNotNull(PasswordStrength.problem("12345678aA", null, "jane@example.com"));
        assertNotNull(PasswordStrength.problem("aaaaAAAA", null, "jane@example.com"));
    }
}
