package org.headlesscart.customer.boundary;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import org.headlesscart.customer.control.AccountStore;
import org.headlesscart.customer.control.PasswordHashing;
import org.headlesscart.customer.control.PasswordStrength;
import org.headlesscart.customer.control.RefreshTokenStore;
import org.headlesscart.customer.control.Usernames;
import org.headlesscart.customer.entity.Role;
import org.headlesscart.customer.entity.UserAccount;
import org.headlesscart.customer.model.ContactSyntax;
import org.headlesscart.customer.model.StaffDraft;
import org.headlesscart.customer.model.StaffPage;
import org.headlesscart.customer.model.StaffView;

/**
 * Staff accounts for the console's Access pages (docs/console.md): administrators and shop managers listed, made,
 * their role changed and their password reset, by an administrator only, as WooCommerce lets only an administrator
 * manage users. The acting account's role is read from the database on every change, not trusted from a session
 * that may predate a demotion. Two rules hold under concurrency: the store always keeps an administrator (the
 * administrators are read locked before a demotion), and a form that read an older version of the account is
 * refused as stale rather than applied over a change it did not see.
 */
@Stateless
public class StaffService {

    static final Set<Role> STAFF = EnumSet.of(Role.ADMINISTRATOR, Role.SHOP_MANAGER);
    static final int MAX_NAME = 100;
    private static final long NO_ACCOUNT = -1;
    private static final Logger LOG = System.getLogger(StaffService.class.getName());

    @Inject
    AccountStore accounts;

    @Inject
    PasswordHashing passwords;

    @Inject
    RefreshTokenStore refreshTokens;

    /** A page of staff accounts by username: {@code first} is the offset, {@code max} the page size. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public StaffPage list(int first, int max) {
        List<StaffView> page = accounts.inRoles(STAFF, Math.max(0, first), Math.max(1, Math.min(max, 500)))
                .stream().map(StaffService::view).toList();
        return new StaffPage(page, accounts.countInRoles(STAFF));
    }

    /** @throws StaffException {@link StaffFailure#NOT_FOUND}, {@link StaffFailure#NOT_STAFF} */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public StaffView get(long id) {
        UserAccount account = accounts.findById(id).orElseThrow(StaffService::notFound);
        if (!STAFF.contains(account.getRole())) {
            throw new StaffException(StaffFailure.NOT_STAFF, "Not a staff account");
        }
        return view(account);
    }

    /** The usernames of these account ids, in one query: for lists that show whose a row is (API keys). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Long, String> usernames(Collection<Long> ids) {
        return accounts.usernames(ids);
    }

    /**
     * A new administrator or shop manager. Every field's problem is reported at once, keyed {@code email},
     * {@code username}, {@code first_name}, {@code last_name}, {@code role}, {@code password}; the password must
     * pass the registration rule ({@link PasswordStrength}). A staff username may be a name kept from customers
     * ({@code admin}).
     */
    public StaffView create(StaffDraft draft, long actingId) {
        Map<String, String> problems = new LinkedHashMap<>();
        String email = draft.email() == null ? "" : draft.email().strip();
        if (email.isEmpty()) {
            problems.put("email", "Enter an e-mail address.");
        } else if (email.length() > 100 || !ContactSyntax.isEmail(email)) {
            problems.put("email", "This is not an e-mail address.");
        }
        String username = draft.username() == null || draft.username().isBlank() ? null : draft.username().strip();
        if (username != null && !Usernames.isValid(username)) {
            problems.put("username", "Use at most 60 letters, digits, spaces and . _ - @ only.");
        }
        name("first_name", draft.firstName(), problems);
        name("last_name", draft.lastName(), problems);
        Role role = staffRole(draft.role());
        if (role == null) {
            problems.put("role", "Choose administrator or shop manager.");
        }
        String password = draft.password() == null ? "" : draft.password();
        if (password.isEmpty()) {
            problems.put("password", "Enter a password.");
        } else {
            String weakness = PasswordStrength.problem(password, username, email);
            if (weakness != null) {
                problems.put("password", weakness);
            }
        }
        throwIfProblems(problems);
        // Hashed before the first query, so no connection waits on the deliberate cost of the hash.
        String hash = passwords.hash(password.toCharArray());
        requireAdministrator(actingId);
        if (accounts.emailTaken(email, NO_ACCOUNT)) {
            problems.put("email", "Another account has this e-mail address.");
        }
        if (username != null && accounts.usernameTaken(username, NO_ACCOUNT)) {
            problems.put("username", "Another account has this username.");
        }
        throwIfProblems(problems);
        String name = username != null ? username
                : Usernames.staffFromEmail(email, candidate -> accounts.usernameTaken(candidate, NO_ACCOUNT));
        if (PasswordStrength.problem(password, name, email) != null) {
            throwIfProblems(Map.of("password", "The password must not be the username or e-mail address."));
        }
        UserAccount account = new UserAccount(name, email, hash, role, Instant.now())
                .named(orEmpty(draft.firstName()).strip(), orEmpty(draft.lastName()).strip());
        try {
            accounts.add(account);
            accounts.flush();
        } catch (PersistenceException e) {
            // Another request took the e-mail or username between the check and the insert: the unique key says which.
            String detail = rootMessage(e);
            throwIfProblems(detail.contains("uk_user_account_email") ? Map.of("email",
                    "Another account has this e-mail address.") : Map.of("username", "Another account has this username."));
        }
        LOG.log(Level.INFO, "Staff account {0} ({1}) made by user {2}", account.getUsername(), role.wireName(), actingId);
        return view(account);
    }

    /**
     * Gives a staff account another role: {@code administrator}, {@code shop_manager}, or {@code customer}, which
     * takes away console access (the account, its orders and addresses stay).
     *
     * @param version the version the form read ({@link StaffView#version()})
     * @throws StaffException {@link StaffFailure#LAST_ADMINISTRATOR} when this would leave no administrator,
     *         {@link StaffFailure#STALE}, {@link StaffFailure#NOT_FOUND}, {@link StaffFailure#NOT_STAFF},
     *         {@link StaffFailure#NOT_ADMINISTRATOR}, {@link StaffFailure#INVALID_FIELDS} (key {@code role})
     */
    public StaffView changeRole(long id, long version, String role, long actingId) {
        Role target = "customer".equals(role) ? Role.CUSTOMER : staffRole(role);
        if (target == null) {
            throwIfProblems(Map.of("role", "Choose administrator, shop manager or customer."));
        }
        List<UserAccount> administrators = accounts.allLocked(Role.ADMINISTRATOR);
        if (administrators.stream().noneMatch(a -> a.getId() == actingId)) {
            throw notAdministrator();
        }
        UserAccount account = editable(id, version);
        if (account.getRole() == Role.ADMINISTRATOR && target != Role.ADMINISTRATOR && administrators.size() <= 1) {
            throw new StaffException(StaffFailure.LAST_ADMINISTRATOR, "The last administrator");
        }
        if (account.getRole() != target) {
            Role was = account.getRole();
            account.changeRole(target);
            account.touch(Instant.now());
            accounts.flush();
            LOG.log(Level.INFO, "Staff account {0}: role {1} -> {2}, by user {3}", account.getUsername(),
                    was.wireName(), target.wireName(), actingId);
        }
        return view(account);
    }

    /**
     * Sets a staff account's password (registration strength rule) and revokes its JWT refresh tokens, so that a
     * session opened with the old password ends.
     *
     * @throws StaffException as {@link #changeRole}, {@link StaffFailure#INVALID_FIELDS} with key {@code password}
     */
    public StaffView resetPassword(long id, long version, String password, long actingId) {
        UserAccount current = accounts.findById(id).orElseThrow(StaffService::notFound);
        String weakness = password == null || password.isEmpty() ? "Enter a password."
                : PasswordStrength.problem(password, current.getUsername(), current.getEmail());
        if (weakness != null) {
            throwIfProblems(Map.of("password", weakness));
        }
        String hash = passwords.hash(password.toCharArray());
        requireAdministrator(actingId);
        UserAccount account = editable(id, version);
        Instant now = Instant.now();
        account.changePasswordHash(hash);
        account.touch(now);
        refreshTokens.revokeAllOf(id, now);
        accounts.flush();
        LOG.log(Level.INFO, "Staff account {0}: password reset by user {1}", account.getUsername(), actingId);
        return view(account);
    }

    /** The staff account locked for a change, if the form read its current version. */
    private UserAccount editable(long id, long version) {
        UserAccount account = accounts.findForUpdate(id).orElseThrow(StaffService::notFound);
        if (!STAFF.contains(account.getRole())) {
            throw new StaffException(StaffFailure.NOT_STAFF, "Not a staff account");
        }
        if (account.getVersion() != version) {
            throw new StaffException(StaffFailure.STALE, "The account changed since the form read it");
        }
        return account;
    }

    private void requireAdministrator(long actingId) {
        if (accounts.findById(actingId).filter(a -> a.getRole() == Role.ADMINISTRATOR).isEmpty()) {
            throw notAdministrator();
        }
    }

    /** Whether a role name ({@link StaffView#role()}) is one of the two staff roles. */
    public static boolean isStaffRole(String role) {
        return staffRole(role) != null;
    }

    private static Role staffRole(String role) {
        if ("administrator".equals(role)) {
            return Role.ADMINISTRATOR;
        }
        return "shop_manager".equals(role) ? Role.SHOP_MANAGER : null;
    }

    private static void name(String field, String value, Map<String, String> problems) {
        if (value != null && value.strip().length() > MAX_NAME) {
            problems.put(field, "At most " + MAX_NAME + " characters.");
        }
    }

    private static void throwIfProblems(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new StaffException(StaffFailure.INVALID_FIELDS,
                    "Invalid field(s): " + String.join(", ", problems.keySet()), problems);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && depth < 16; depth++) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static StaffException notFound() {
        return new StaffException(StaffFailure.NOT_FOUND, "No such account");
    }

    private static StaffException notAdministrator() {
        return new StaffException(StaffFailure.NOT_ADMINISTRATOR, "Only an administrator manages staff accounts");
    }

    static StaffView view(UserAccount account) {
        return new StaffView(account.getId(), account.getUsername(), account.getEmail(), account.getFirstName(),
                account.getLastName(), account.getRole().wireName(), account.getCreatedAt(), account.getVersion());
    }
}
