package org.headlesscart.customer.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.headlesscart.customer.control.AccountStore;
import org.headlesscart.customer.control.PasswordHashing;
import org.headlesscart.customer.control.RefreshTokenStore;
import org.headlesscart.customer.entity.Role;
import org.headlesscart.customer.entity.UserAccount;
import org.headlesscart.customer.model.StaffDraft;
import org.junit.jupiter.api.Test;

/**
 * Staff management's rules: only a current administrator acts, the store keeps an administrator, a stale form is
 * refused, and every field's problem is reported with its field.
 */
class StaffServiceTest {

    final StaffService service = new StaffService();
    final Map<Long, UserAccount> users = new LinkedHashMap<>();
    final List<UserAccount> added = new ArrayList<>();
    final List<Long> revoked = new ArrayList<>();

    {
        put(1, new UserAccount("admin", "a@example.com", "h", Role.ADMINISTRATOR, Instant.EPOCH));
        put(2, new UserAccount("manager", "m@example.com", "h", Role.SHOP_MANAGER, Instant.EPOCH));
        put(3, new UserAccount("customer", "c@example.com", "h", Role.CUSTOMER, Instant.EPOCH));
        service.accounts = new AccountStore() {
            @Override
            public Optional<UserAccount> findById(long id) {
                return Optional.ofNullable(users.get(id));
            }

            @Override
            public Optional<UserAccount> findForUpdate(long id) {
                return findById(id);
            }

            @Override
            public List<UserAccount> allLocked(Role role) {
                return users.values().stream().filter(u -> u.getRole() == role).toList();
            }

            @Override
            public boolean emailTaken(String email, long exceptId) {
                return users.values().stream().anyMatch(u -> u.getEmail().equals(email));
            }

            @Override
            public boolean usernameTaken(String username, long exceptId) {
                return users.values().stream().anyMatch(u -> u.getUsername().equals(username));
            }

            @Override
            public UserAccount add(UserAccount account) {
                added.add(account);
                put(10 + added.size(), account);
                return account;
            }

            @Override
            public void flush() {
            }
        };
        service.passwords = new PasswordHashing() {
            @Override
            public String hash(char[] password) {
                return "hashed";
            }
        };
        service.refreshTokens = new RefreshTokenStore() {
            @Override
            public int revokeAllOf(long userId, Instant now) {
                revoked.add(userId);
                return 0;
            }
        };
    }

    @Test
    void theLastAdministratorKeepsTheRole() {
        StaffException refused = assertThrows(StaffException.class, () -> service.changeRole(1, 0, "shop_manager", 1));
        assertEquals(StaffFailure.LAST_ADMINISTRATOR, refused.failure());
        assertThrows(StaffException.class, () -> service.changeRole(1, 0, "customer", 1), "nor removed from staff");
        assertEquals(Role.ADMINISTRATOR, users.get(1L).getRole());

        service.changeRole(2, 0, "administrator", 1);
        assertEquals("shop_manager", service.changeRole(1, 0, "shop_manager", 2).role(), "with two, one may go");
    }

    @Test
    void onlyACurrentAdministratorActs() {
        assertEquals(StaffFailure.NOT_ADMINISTRATOR, assertThrows(StaffException.class,
                () -> service.changeRole(2, 0, "administrator", 2)).failure());
        assertEquals(StaffFailure.NOT_ADMINISTRATOR, assertThrows(StaffException.class,
                () -> service.resetPassword(2, 0, "Harbour-Lantern-42", 2)).failure());
        assertEquals(StaffFailure.NOT_ADMINISTRATOR, assertThrows(StaffException.class,
                () -> service.create(new StaffDraft("n@example.com", null, "", "", "shop_manager",
                        "Harbour-Lantern-42"), 3)).failure());
    }

    @Test
    void aFormThatReadAnOlderVersionIsStaleAndCustomersAreNotStaff() {
        assertEquals(StaffFailure.STALE, assertThrows(StaffException.class,
                () -> service.changeRole(2, 7, "administrator", 1)).failure());
        assertEquals(StaffFailure.STALE, assertThrows(StaffException.class,
                () -> service.resetPassword(2, 7, "Harbour-Lantern-42", 1)).failure());
        assertEquals(StaffFailure.NOT_STAFF, assertThrows(StaffException.class,
                () -> service.changeRole(3, 0, "shop_manager", 1)).failure());
        assertEquals(StaffFailure.NOT_FOUND, assertThrows(StaffException.class, () -> service.get(99)).failure());
    }

    @Test
    void aPasswordResetChecksStrengthAndEndsRefreshTokens() {
        StaffException weak = assertThrows(StaffException.class, () -> service.resetPassword(2, 0, "manager", 1));
        assertTrue(weak.fields().containsKey("password"), weak.fields().toString());
        assertEquals(List.of(), revoked);
        service.resetPassword(2, 0, "Harbour-Lantern-42", 1);
        assertEquals(List.of(2L), revoked);
        assertEquals("hashed", users.get(2L).getPasswordHash());
    }

    @Test
    void aNewStaffAccountReportsEveryFieldAtOnceThenIsMade() {
        StaffException refused = assertThrows(StaffException.class, () -> service.create(
                new StaffDraft("not-an-e-mail", "bad/name", "x".repeat(101), "", "editor", "password1"), 1));
        assertEquals(StaffFailure.INVALID_FIELDS, refused.failure());
        assertEquals(List.of("email", "username", "first_name", "role", "password").stream().sorted().toList(),
                refused.fields().keySet().stream().sorted().toList(), refused.fields().toString());

        StaffException taken = assertThrows(StaffException.class, () -> service.create(
                new StaffDraft("m@example.com", "admin", "", "", "shop_manager", "Harbour-Lantern-42"), 1));
        assertEquals(Map.of("email", "Another account has this e-mail address.",
                "username", "Another account has this username."), taken.fields());

        var made = service.create(new StaffDraft(" owner@example.com ", "", "Olive", "Owens", "administrator",
                "Harbour-Lantern-42"), 1);
        assertEquals("owner", made.username());
        assertEquals("administrator", made.role());
        assertEquals("owner@example.com", added.get(0).getEmail());
    }

    private void put(long id, UserAccount account) {
        try {
            var field = UserAccount.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(account, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        users.put(id, account);
    }
}
