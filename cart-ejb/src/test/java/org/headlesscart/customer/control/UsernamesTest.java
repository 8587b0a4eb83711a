package org.headlesscart.customer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class UsernamesTest {

    @Test
    void wordPressCharactersOnly() {
        assertTrue(Usernames.isValid("john.doe"));
        assertTrue(Usernames.isValid("Ann Lee-2@shop_1"));
        assertFalse(Usernames.isValid(""));
        assertFalse(Usernames.isValid(" padded"));
        assertFalse(Usernames.isValid("semi;colon"));
        assertFalse(Usernames.isValid("x".repeat(61)));
        assertFalse(Usernames.isValid("jöhn"));
    }

    @Test
    void madeFromTheEmailAndNumberedWhileTaken() {
        assertEquals("john.doe", Usernames.fromEmail("John.Doe@example.com", name -> false));
        assertEquals("ab", Usernames.fromEmail("a+b@example.com", name -> false));
        assertEquals("customer", Usernames.fromEmail("+++@example.com", name -> false));
        Set<String> taken = Set.of("jane", "jane-2");
        assertEquals("jane-3", Usernames.fromEmail("jane@example.com", taken::contains));
        String made = Usernames.fromEmail("x".repeat(64) + "@example.com", name -> false);
        assertTrue(Usernames.isValid(made + "-99"), "room left for a number");
    }

    @Test
    void genericLocalPartsUseTheDomainAsWooCommerceDoes() {
        assertEquals("acme.example", Usernames.fromEmail("info@Acme.example", name -> false));
        assertEquals("shop.example", Usernames.fromEmail("sales@shop.example", name -> false));
        assertEquals("infos", Usernames.fromEmail("infos@shop.example", name -> false));
    }

    @Test
    void reservedNamesAreNeitherChosenNorMade() {
        assertTrue(Usernames.isReserved("Admin"));
        assertTrue(Usernames.isReserved("administrator"));
        assertFalse(Usernames.isReserved("adminton"));
        assertEquals("admin-2", Usernames.fromEmail("admin@example.com", name -> false));
    }

    @Test
    void aStaffAccountMayHaveAReservedNameButNotATakenOne() {
        assertEquals("owner", Usernames.staffFromEmail("owner@example.com", name -> false));
        assertEquals("admin-2", Usernames.staffFromEmail("admin@example.com", "admin"::equals));
    }
}
