package org.headlesscart.customer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class UserAccountTest {

    @Test
    void anAddressChangesOnlyTheFieldsGiven() {
        UserAccount account = new UserAccount("ann", "a@example.com", "hash", Role.CUSTOMER, Instant.EPOCH)
                .withAddress(UserAccount.BILLING, Address.of("Ann", "Lee", "a@example.com", "+1 415 555 0123")
                        .at("1 Main St", "Springfield", "IL", "62701", "US"));
        account.changeAddress(UserAccount.BILLING, Map.of("city", "Chicago", "unknown", "ignored"));
        Map<String, String> billing = account.getAddresses().get(UserAccount.BILLING).restFields(true);
        assertEquals("Chicago", billing.get("city"));
        assertEquals("Ann", billing.get("first_name"));
        assertEquals("+1 415 555 0123", billing.get("phone"));

        account.changeAddress(UserAccount.SHIPPING, Map.of("city", "Paris"));
        Map<String, String> shipping = account.getAddresses().get(UserAccount.SHIPPING).restFields(false);
        assertEquals(List.of("first_name", "last_name", "company", "address_1", "address_2", "city", "state",
                "postcode", "country", "phone"), List.copyOf(shipping.keySet()));
        assertEquals("Paris", shipping.get("city"));
        assertEquals("", shipping.get("first_name"), "a new address starts blank");
    }

    @Test
    void aChangeIsDatedAndCreationDatesTheFirstVersion() {
        UserAccount account = new UserAccount("ann", "a@example.com", "hash", Role.CUSTOMER, Instant.EPOCH);
        assertEquals(Instant.EPOCH, account.getUpdatedAt());
        Instant later = Instant.parse("2026-12-02T10:00:00Z");
        account.touch(later);
        assertEquals(later, account.getUpdatedAt());
        assertEquals(Instant.EPOCH, account.getCreatedAt());
    }
}
