package org.headlesscart.customer.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.headlesscart.customer.control.AccountStore;
import org.headlesscart.customer.control.PasswordHashing;
import org.headlesscart.customer.control.RefreshTokenStore;
import org.headlesscart.customer.entity.Role;
import org.headlesscart.customer.entity.UserAccount;
import org.headlesscart.customer.model.CustomerDraft;
import org.headlesscart.platform.outbox.Outbox;
import org.junit.jupiter.api.Test;

/** The console's stricter customer writes: the registration strength rule, and a stale edit refused. */
class CustomerConsoleChecksTest {

    static final Instant READ = Instant.parse("2026-12-05T10:00:00.123456Z");

    final CustomerAdminService service = new CustomerAdminService();
    final UserAccount stored = new UserAccount("jane", "jane@example.com", "old", Role.CUSTOMER, READ);
    String revoked = "";
    final List<String> events = new ArrayList<>();

    {
        try {      // the database's IDENTITY
            var id = UserAccount.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(stored, 7L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        service.outbox = new Outbox() {
            @Override
            public void record(String topic, long id) {
                events.add(topic + " " + id);
            }
        };
        service.accounts = new AccountStore() {
            @Override
            public Optional<UserAccount> findById(long id) {
                return Optional.of(stored);
            }

            @Override
            public Optional<UserAccount> findForUpdate(long id) {
                return Optional.of(stored);
            }

            @Override
            public boolean emailTaken(String email, long exceptId) {
                return false;
            }

            @Override
            public void flush() {
            }
        };
        service.passwords = new PasswordHashing() {
            @Override
            public String hash(char[] password) {
                return "hash:" + new String(password);
            }
        };
        service.refreshTokens = new RefreshTokenStore() {
            @Override
            public int revokeAllOf(long userId, Instant now) {
                revoked = "all";
                return 1;
            }
        };
    }

    @Test
    void aCreatedCustomersPasswordMustPassTheRegistrationRule() {
        AccountException weak = assertThrows(AccountException.class, () -> service.createWithStrongPassword(
                new CustomerDraft("new@example.com", "New", "One", null, "Password1", null, null)));
        assertEquals(AccountFailure.INVALID_FIELDS, weak.failure());
        assertEquals("The password is too common. Please choose another.", weak.fields().get("password"));
        AccountException none = assertThrows(AccountException.class, () -> service.createWithStrongPassword(
                new CustomerDraft("new@example.com", "New", "One", null, "", null, null)));
        assertEquals("Enter a password.", none.fields().get("password"));
    }

    @Test
    void aResetPasswordMustPassTheRegistrationRuleAndRevokesRefreshTokens() {
        AccountException same = assertThrows(AccountException.class, () -> service.resetPassword(7, "Jane@example.com"));
        assertEquals("The password must not be your username or e-mail address.", same.fields().get("password"));
        assertEquals("old", stored.getPasswordHash());
        assertEquals(List.of(), events, "a refused reset announces nothing");

        service.resetPassword(7, "Tr4nquil-Otter");

        assertEquals("hash:Tr4nquil-Otter", stored.getPasswordHash());
        assertEquals("all", revoked);
        assertEquals(List.of("customer.updated 7"), events);
    }

    @Test
    void anEditOfAnOldCopyIsRefusedAndChangesNothing() {
        stored.touch(READ.plusSeconds(5));
        AccountException stale = assertThrows(AccountException.class, () -> service.update(7,
                new CustomerDraft(null, "Janet", null, null, null, null, null), READ));
        assertEquals(AccountFailure.STALE_ACCOUNT, stale.failure());
        assertEquals("", stored.getFirstName());
        assertEquals(List.of(), events, "a refused edit announces nothing");

        service.update(7, new CustomerDraft(null, "Janet", null, null, null, null, null), READ.plusSeconds(5));
        assertEquals("Janet", stored.getFirstName());
    }
}
