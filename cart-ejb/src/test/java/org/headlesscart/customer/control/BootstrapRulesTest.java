package org.headlesscart.customer.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The settings the first administrator is made from: both, a valid e-mail, a password registration takes. */
class BootstrapRulesTest {

    static final String STRONG = "Harbour-Lantern-42";

    @Test
    void nothingSetIsNotConfiguredAndSaysNothing() {
        assertFalse(BootstrapRules.configured(null, null));
        assertFalse(BootstrapRules.configured(" ", ""));
    }

    @Test
    void goodSettingsPass() {
        assertNull(BootstrapRules.problem("owner@shop.example", STRONG));
        assertNull(BootstrapRules.problem("  owner@shop.example ", STRONG), "spaces around the e-mail are dropped");
    }

    @Test
    void halfASettingIsRefused() {
        assertTrue(BootstrapRules.configured("owner@shop.example", null));
        assertTrue(BootstrapRules.problem("owner@shop.example", null).contains("both"));
        assertTrue(BootstrapRules.problem(null, STRONG).contains("both"));
    }

    @Test
    void aMalformedEmailIsRefused() {
        assertTrue(BootstrapRules.problem("owner", STRONG).contains("admin-email"));
        assertTrue(BootstrapRules.problem("owner@", STRONG).contains("admin-email"));
        assertTrue(BootstrapRules.problem("a".repeat(95) + "@x.example", STRONG).contains("admin-email"));
    }

    @Test
    void aWeakPasswordIsRefusedWithTheReasonButNotThePassword() {
        String tooShort = BootstrapRules.problem("owner@shop.example", "Ab1!");
        String common = BootstrapRules.problem("owner@shop.example", "Password123!");
        String twoClasses = BootstrapRules.problem("owner@shop.example", "alllowercase1");
        String theEmail = BootstrapRules.problem("owner@shop.example", "Owner@Shop.Example");

        assertTrue(tooShort.contains("8 to 256"), tooShort);
        assertTrue(common.contains("too common"), common);
        assertTrue(twoClasses.contains("three of"), twoClasses);
        assertTrue(theEmail.contains("e-mail"), theEmail);
        for (String reason : new String[] {tooShort, common, twoClasses, theEmail}) {
            assertFalse(reason.contains("Ab1!") || reason.contains("Password123!") || reason.contains("alllowercase1"));
        }
    }
}
