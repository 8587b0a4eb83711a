package org.headlesscart.customer.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.headlesscart.customer.control.AccountStore;
import org.headlesscart.customer.control.PasswordHashing;
import org.headlesscart.customer.entity.UserAccount;
import org.headlesscart.customer.model.AccountView;
import org.headlesscart.platform.outbox.Outbox;
import org.junit.jupiter.api.Test;

/** Registration's checks in their order; the unique keys and the wire codes are RegisterContract's. */
class AccountRegistrationTest {

    final AccountService service = new AccountService();
    final Set<String> emails = new HashSet<>(Set.of("taken@example.com"));
    final Set<String> usernames = new HashSet<>(Set.of("taken", "jane"));
    final List<String> events = new ArrayList<>();

    {
        service.accounts = new AccountStore() {
            @Override
            public boolean emailTaken(String email, long exceptId) {
                return emails.contains(email);
            }

            @Override
            public boolean usernameTaken(String username, long exceptId) {
                return usernames.contains(username);
            }

            @Override
            public UserAccount add(UserAccount account) {
                usernames.add(account.getUsername());
                try {      // the database's IDENTITY
                    var id = UserAccount.class.getDeclaredField("id");
                    id.setAccessible(true);
                    id.set(account, (long) usernames.size());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                return account;
            }

            @Override
            public void flush() {
            }
        };
        service.outbox = new Outbox() {
            @Override
            public void record(String topic, long id) {
                events.add(topic + " " + id);
            }
        };
        service.passwords = new PasswordHashing() {
            @Override
            public String hash(char[] password) {
                return "hash";
            }
        };
    }

    @Test
    void aUsernameIsMadeFromTheEmailWhenNoneIsRequested() {
        AccountView made = service.register(" jane@example.com ", null, "Tr4nquil-Otter");
        assertEquals("jane-2", made.username());
        assertEquals("jane@example.com", made.email());
        assertEquals("customer", made.role());
        assertEquals("jane-2", made.displayName());
        assertEquals("annie", service.register("ann@example.com", "annie", "Tr4nquil-Otter").username());
        assertEquals(List.of("customer.created 3", "customer.created 4"), events, "webhooks hear of each account");
    }

    @Test
    void refusalsInWooCommercesOrder() {
        assertFailure(AccountFailure.REGISTRATION_INVALID_EMAIL, "not-an-email", null, "Tr4nquil-Otter");
        assertFailure(AccountFailure.REGISTRATION_INVALID_EMAIL, null, null, "Tr4nquil-Otter");
        assertFailure(AccountFailure.REGISTRATION_INVALID_USERNAME, "x@example.com", "semi;colon", "Tr4nquil-Otter");
        assertFailure(AccountFailure.REGISTRATION_RESERVED_USERNAME, "x@example.com", "Admin", "Tr4nquil-Otter");
        assertFailure(AccountFailure.REGISTRATION_MISSING_PASSWORD, "x@example.com", null, "");
        assertFailure(AccountFailure.REGISTRATION_WEAK_PASSWORD, "x@example.com", null, "password1");
        assertFailure(AccountFailure.REGISTRATION_EMAIL_EXISTS, "taken@example.com", null, "Tr4nquil-Otter");
        assertFailure(AccountFailure.REGISTRATION_USERNAME_EXISTS, "x@example.com", "taken", "Tr4nquil-Otter");
    }

    @Test
    void aPasswordEqualToTheMadeUsernameIsWeak() {
        assertFailure(AccountFailure.REGISTRATION_WEAK_PASSWORD, "Xy.Z9abc@example.com", null, "xy.z9abc");
        assertFailure(AccountFailure.REGISTRATION_WEAK_PASSWORD, "bob@example.com", "Bob.Smith-9", "bob.smith-9");
    }

    private void assertFailure(AccountFailure expected, String email, String username, String password) {
        AccountException e = assertThrows(AccountException.class, () -> service.register(email, username, password));
        assertEquals(expected, e.failure(), e.getMessage());
    }
}
