package org.headlesscart.customer.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.headlesscart.customer.control.AccountStore;
import org.headlesscart.customer.control.PasswordHashing;
import org.headlesscart.customer.entity.Address;
import org.headlesscart.customer.entity.Role;
import org.headlesscart.customer.entity.UserAccount;
import org.junit.jupiter.api.Test;

/**
 * Logins are looked up before any hash, and every spelling that finds an account is one subject for the throttle.
 * Which spellings the database matches is the ITs' to show (AuthContract); here the store answers as MariaDB does.
 */
class AccountServiceTest {

    static final Set<String> JANES_SPELLINGS = Set.of("customer", "CUSTOMER", "customer ", "customer@example.com",
            "Customer@Example.com  ", "+14155550123", "+14155550123 ");

    final AccountService service = new AccountService();
    final UserAccount jane = withId(2, new UserAccount("customer", "customer@example.com", "stored-hash",
            Role.CUSTOMER, Instant.EPOCH).withAddress(UserAccount.BILLING, Address.of("Jane", "Doe",
            "customer@example.com", "+14155550123")));
    int hashes;

    {
        service.accounts = new AccountStore() {
            @Override
            public Optional<UserAccount> findByLogin(String login) {
                return JANES_SPELLINGS.contains(login) ? Optional.of(jane) : Optional.empty();
            }
        };
        service.passwords = new PasswordHashing() {
            @Override
            public String hash(char[] password) {
                hashes++;
                return "hash";
            }

            @Override
            public boolean verify(char[] password, String stored) {
                hashes++;
                return "stored-hash".equals(stored) && "customerpass".equals(new String(password));
            }
        };
    }

    @Test
    void everySpellingOfAnAccountIsOneSubjectAndLookingUpCostsNoHash() {
        for (String login : JANES_SPELLINGS) {
            LoginLookup lookup = service.lookUp(login);
            assertTrue(lookup.found(), login);
            assertEquals("account:2", lookup.subject(), login);
        }
        assertEquals(0, hashes);
    }

    @Test
    void anUnknownLoginIsItsTextAsTheDatabaseComparesIt() {
        assertEquals("login:nobody", service.lookUp("nobody").subject());
        assertEquals("login:nobody", service.lookUp("NoBody  ").subject(), "case and trailing spaces do not count");
        assertNotEquals("login:nobody", service.lookUp("  nobody").subject(), "leading spaces do, as in MariaDB");
        assertFalse(service.lookUp("nobody").found());
        String endless = "x".repeat(5000);
        assertEquals("login:" + "x".repeat(100), service.lookUp(endless).subject(), "no column is longer");
        assertEquals(0, hashes);
    }

    @Test
    void authenticatingALookupChecksItsPasswordOnce() {
        LoginLookup lookup = service.lookUp("customer@example.com");

        assertEquals(2, service.authenticate(lookup, "customerpass".toCharArray()).id());
        AccountException wrong = assertThrows(AccountException.class,
                () -> service.authenticate(lookup, "wrong".toCharArray()));
        assertEquals(AccountFailure.WRONG_PASSWORD, wrong.failure());
        assertEquals(2, hashes);
    }

    @Test
    void anUnknownLoginCostsAHashToo() {
        AccountException unknown = assertThrows(AccountException.class,
                () -> service.authenticate(service.lookUp("nobody"), "customerpass".toCharArray()));

        assertEquals(AccountFailure.UNKNOWN_LOGIN, unknown.failure());
        assertEquals(1, hashes, "timing does not tell which logins exist");
    }

    @Test
    void aLookupNeverShowsTheHash() {
        assertFalse(service.lookUp("customer").toString().contains("stored-hash"));
    }

    private static UserAccount withId(long id, UserAccount account) {
        try {
            var field = UserAccount.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(account, id);
            return account;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
