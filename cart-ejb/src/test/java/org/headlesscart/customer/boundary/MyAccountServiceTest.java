package org.headlesscart.customer.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.headlesscart.customer.control.AccountStore;
import org.headlesscart.customer.control.PasswordHashing;
import org.headlesscart.customer.control.RefreshTokenStore;
import org.headlesscart.customer.entity.Address;
import org.headlesscart.customer.entity.Role;
import org.headlesscart.customer.entity.UserAccount;
import org.headlesscart.customer.model.AccountAddresses;
import org.headlesscart.customer.model.AccountDetails;
import org.headlesscart.platform.outbox.Outbox;
import org.junit.jupiter.api.Test;

/** My Account's rules without a database: the address merge, WooCommerce's password checks and their order. */
class MyAccountServiceTest {

    final MyAccountService service = new MyAccountService();
    final UserAccount jane = new UserAccount("jane", "jane@example.com", "stored-hash", Role.CUSTOMER, Instant.EPOCH)
            .withAddress(UserAccount.BILLING, Address.of("Jane", "Doe", "jane@example.com", "+14155550123")
                    .at("1 Main St", "Springfield", "IL", "62701", "US"));
    int revocations;
    final List<String> events = new ArrayList<>();

    {
        service.accounts = new AccountStore() {
            @Override
            public Optional<UserAccount> findForUpdate(long id) {
                return Optional.of(jane);
            }

            @Override
            public boolean emailTaken(String email, long exceptId) {
                return email.equals("taken@example.com");
            }

            @Override
            public void flush() {
            }
        };
        service.passwords = new PasswordHashing() {
            @Override
            public String hash(char[] password) {
                return "new-hash";
            }

            @Override
            public boolean verify(char[] password, String stored) {
                return "Current-pass1".equals(new String(password)) && "stored-hash".equals(stored);
            }
        };
        service.outbox = new Outbox() {
            @Override
            public void record(String topic, long id) {
                events.add(topic + " " + id);
            }
        };
        service.refreshTokens = new RefreshTokenStore() {
            @Override
            public int revokeAllOf(long userId, Instant now) {
                revocations++;
                return 0;
            }
        };
    }

    @Test
    void anAddressChangeKeepsTheFieldsNotSentAndNormalizesThePostcode() {
        AccountAddresses changed = service.changeAddresses(2, Map.of("city", "Toronto", "country", "CA",
                "postcode", "k1a0b1", "unknown", "ignored"), Map.of("first_name", "Jim", "email", "no@example.com"));
        assertEquals("Toronto", changed.billing().get("city"));
        assertEquals("K1A 0B1", changed.billing().get("postcode"));
        assertEquals("1 Main St", changed.billing().get("address_1"), "not sent, so kept");
        assertEquals("jane@example.com", changed.billing().get("email"));
        assertEquals("Jim", changed.shipping().get("first_name"));
        assertFalse(changed.shipping().containsKey("email"), "a shipping address has no e-mail");
        assertFalse(changed.billing().containsKey("unknown"));
        assertEquals(List.of("customer.updated 2"), events, "announced to webhooks");
    }

    @Test
    void everyAddressProblemIsNamedAndNothingChanges() {
        AccountException e = assertThrows(AccountException.class, () -> service.changeAddresses(2,
                Map.of("postcode", "ABCDE", "email", "nope"), Map.of("country", "XX")));
        assertEquals(AccountFailure.ACCOUNT_INVALID_ADDRESS_FIELDS, e.failure());
        assertEquals(3, e.fields().size(), e.fields().toString());
        assertTrue(e.getMessage().contains("'XX' is not a valid country code."), e.getMessage());
        assertEquals(List.of(), events, "nothing changed, nothing announced");
        assertEquals("62701", jane.getAddresses().get(UserAccount.BILLING).restFields(true).get("postcode"));
        assertEquals(AccountFailure.ACCOUNT_NO_ADDRESS_DATA, assertThrows(AccountException.class,
                () -> service.changeAddresses(2, Map.of(), null)).failure());
    }

    @Test
    void detailsAreCheckedInWooCommercesOrder() {
        assertFailure(AccountFailure.ACCOUNT_MISSING_REQUIRED_FIELD, details("", "Doe", "Jane", "jane@example.com"));
        assertFailure(AccountFailure.ACCOUNT_EMAIL_AS_DISPLAY_NAME,
                details("Jane", "Doe", "jane@example.com", "jane@example.com"));
        assertFailure(AccountFailure.ACCOUNT_INVALID_EMAIL, details("Jane", "Doe", "Jane", "nope"));
        assertFailure(AccountFailure.ACCOUNT_EMAIL_EXISTS, details("Jane", "Doe", "Jane", "taken@example.com"));
        assertFailure(AccountFailure.ACCOUNT_FILL_ALL_PASSWORD_FIELDS, passwords("Current-pass1", "", ""));
        assertFailure(AccountFailure.ACCOUNT_ENTER_CURRENT_PASSWORD, passwords("", "New-pass-42", "New-pass-42"));
        assertFailure(AccountFailure.ACCOUNT_REENTER_PASSWORD, passwords("Current-pass1", "New-pass-42", ""));
        assertFailure(AccountFailure.ACCOUNT_PASSWORDS_DO_NOT_MATCH, passwords("Current-pass1", "New-pass-42", "x"));
        assertFailure(AccountFailure.ACCOUNT_INCORRECT_CURRENT_PASSWORD, passwords("wrong", "New-pass-42",
                "New-pass-42"));
        assertFailure(AccountFailure.ACCOUNT_WEAK_PASSWORD, passwords("Current-pass1", "password1", "password1"));
        assertEquals("stored-hash", jane.getPasswordHash());
        assertEquals(0, revocations);
    }

    @Test
    void newDetailsAndPasswordAreStoredAndEndOtherSessions() {
        service.changeDetails(2, new AccountDetails("Janet", "Dough", "JD", "janet@example.com", "Current-pass1",
                "New-pass-42", "New-pass-42"));
        assertEquals("Janet", jane.getFirstName());
        assertEquals("JD", jane.getDisplayName());
        assertEquals("janet@example.com", jane.getEmail());
        assertEquals("new-hash", jane.getPasswordHash());
        assertEquals(1, revocations);
        assertEquals(List.of("customer.updated 2"), events, "announced to webhooks");
    }

    private static AccountDetails details(String first, String last, String display, String email) {
        return new AccountDetails(first, last, display, email, null, null, null);
    }

    private static AccountDetails passwords(String current, String first, String second) {
        return new AccountDetails("Jane", "Doe", "Jane", "jane@example.com", current, first, second);
    }

    private void assertFailure(AccountFailure expected, AccountDetails details) {
        AccountException e = assertThrows(AccountException.class, () -> service.changeDetails(2, details));
        assertEquals(expected, e.failure(), e.getMessage());
    }
}
