package org.headlesscart.customer.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;

import org.headlesscart.customer.model.CustomerDraft;
import org.headlesscart.customer.entity.Address;
import org.headlesscart.customer.entity.Role;
import org.headlesscart.customer.entity.UserAccount;
import org.junit.jupiter.api.Test;

class DraftChecksTest {

    @Test
    void aDraftWithGoodFieldsHasNoProblems() {
        CustomerDraft draft = new CustomerDraft("a@example.com", "Ann", "Lee", null, "long-enough",
                Map.of("country", "US", "postcode", "94105", "phone", "+1 415 555 0123", "email", "a@example.com"),
                Map.of("country", "GB", "postcode", "sw1a1aa"));
        assertEquals(Map.of(), DraftChecks.problems(draft, null));
    }

    @Test
    void problemsAreKeyedByTheTopLevelField() {
        CustomerDraft draft = new CustomerDraft(null, "x".repeat(101), "Tab\there", null, "short",
                Map.of("country", "US", "postcode", "ABCDE", "email", "nope"), Map.of("country", "XX"));
        Map<String, String> problems = DraftChecks.problems(draft, null);
        assertEquals(java.util.List.of("first_name", "last_name", "billing", "shipping", "password"),
                java.util.List.copyOf(problems.keySet()));
        assertTrue(problems.get("billing").contains("ZIP"), problems.get("billing"));
        assertTrue(problems.get("billing").contains("email"), problems.get("billing"));
        assertTrue(problems.get("shipping").contains("'XX' is not a valid country code."));
    }

    @Test
    void aPostcodeAloneIsCheckedAgainstTheStoredCountry() {
        UserAccount stored = new UserAccount("ann", "a@example.com", "hash", Role.CUSTOMER, Instant.EPOCH)
                .withAddress(UserAccount.BILLING, Address.of("Ann", "Lee", "a@example.com", "")
                        .at("1 Main St", "Toronto", "ON", "K1A 0B1", "CA"));
        CustomerDraft usPostcode = new CustomerDraft(null, null, null, null, null, Map.of("postcode", "94105"), null);
        assertTrue(DraftChecks.problems(usPostcode, stored).containsKey("billing"));
        assertEquals(Map.of(), DraftChecks.problems(usPostcode, null), "valid anywhere without a country");
    }

    @Test
    void passwordLengthIsBounded() {
        assertTrue(DraftChecks.problems(draftWithPassword("x".repeat(7)), null).containsKey("password"));
        assertEquals(Map.of(), DraftChecks.problems(draftWithPassword("x".repeat(8)), null));
        assertEquals(Map.of(), DraftChecks.problems(draftWithPassword("x".repeat(256)), null));
        assertTrue(DraftChecks.problems(draftWithPassword("x".repeat(257)), null).containsKey("password"));
    }

    private static CustomerDraft draftWithPassword(String password) {
        return new CustomerDraft(null, null, null, null, password, null, null);
    }
}
