package org.headlesscart.customer.boundary;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import org.headlesscart.customer.control.AccountStore;
import org.headlesscart.customer.control.DraftChecks;
import org.headlesscart.customer.control.PasswordHashing;
import org.headlesscart.customer.control.PasswordStrength;
import org.headlesscart.customer.control.RefreshTokenStore;
import org.headlesscart.customer.control.Usernames;
import org.headlesscart.customer.entity.Address;
import org.headlesscart.customer.entity.Role;
import org.headlesscart.customer.entity.UserAccount;
import org.headlesscart.customer.model.AccountDeleted;
import org.headlesscart.customer.model.ContactSyntax;
import org.headlesscart.customer.model.CustomerAddressRules;
import org.headlesscart.customer.model.CustomerDraft;
import org.headlesscart.customer.model.CustomerPage;
import org.headlesscart.customer.model.CustomerQuery;
import org.headlesscart.customer.model.CustomerView;
import org.headlesscart.platform.outbox.Outbox;

/**
 * The admin customers API's boundary (docs/customers-admin.md): lists and reads any account, creates, changes
 * and deletes customers. Staff accounts are read-only here: a shop manager must not be able to change an
 * administrator's password, and this API is no user manager.
 *
 * <p>A new password replaces the hash and revokes the account's refresh tokens, so a stolen session ends with the
 * password change. Deleting an account fires {@link AccountDeleted} in the same transaction; the cart component
 * deletes the user's cart then, and the database deletes addresses and refresh tokens with the account.
 */
@Stateless
public class CustomerAdminService {

    private static final long NO_ACCOUNT = -1;

    @Inject
    AccountStore accounts;

    @Inject
    PasswordHashing passwords;

    @Inject
    RefreshTokenStore refreshTokens;

    @Inject
    Event<AccountDeleted> deletions;

    @Inject
    Outbox outbox;

    /** In a transaction of its own (reading only), so each account's addresses load in batches. */
    public CustomerPage list(CustomerQuery query) {
        List<CustomerView> page = accounts.page(query).stream().map(CustomerAdminService::view).toList();
        return new CustomerPage(page, accounts.count(query));
    }

    /** @throws AccountException {@link AccountFailure#CUSTOMER_NOT_FOUND} */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CustomerView get(long id) {
        return accounts.findById(id).map(CustomerAdminService::view).orElseThrow(CustomerAdminService::notFound);
    }

    /**
     * A new customer. Without a username one is made from the e-mail; a password is required, as WooCommerce's
     * REST schema requires it (there is no mail here to send a generated one).
     */
    public CustomerView create(CustomerDraft draft) {
        String email = checkedEmail(draft.email());
        if (draft.username() != null && !Usernames.isValid(draft.username())) {
            throw new AccountException(AccountFailure.INVALID_USERNAME, "Invalid username");
        }
        if (draft.password() == null || draft.password().isEmpty()) {
            throw new AccountException(AccountFailure.MISSING_PASSWORD, "No password");
        }
        throwIfProblems(DraftChecks.problems(draft, null));
        // Hashed before the first query, so no connection waits on the deliberate cost of the hash.
        String hash = passwords.hash(draft.password().toCharArray());
        if (accounts.emailTaken(email, NO_ACCOUNT)) {
            throw emailExists();
        }
        if (draft.username() != null && accounts.usernameTaken(draft.username(), NO_ACCOUNT)) {
            throw usernameExists();
        }
        String username = draft.username() != null ? draft.username()
                : Usernames.fromEmail(email, candidate -> accounts.usernameTaken(candidate, NO_ACCOUNT));
        UserAccount account = new UserAccount(username, email, hash, Role.CUSTOMER, Instant.now())
                .named(orEmpty(draft.firstName()), orEmpty(draft.lastName()));
        changeAddresses(account, draft);
        writeUnique(() -> accounts.add(account), draft.username() == null);
        outbox.record("customer.created", account.getId());
        return view(account);
    }

    /**
     * The console's create: as {@link #create}, and the password must also pass the rule a customer's own
     * registration applies (classes, not the e-mail, not common), since staff choose it for someone else.
     */
    public CustomerView createWithStrongPassword(CustomerDraft draft) {
        throwIfProblems(strengthProblems(draft.password(), draft.username(), draft.email()));
        return create(draft);
    }

    /**
     * The console's edit: as {@link #update(long, CustomerDraft)}, refused with {@link AccountFailure#STALE_ACCOUNT}
     * when the account changed after the staff read it (its modification time is no longer {@code readAt}), so a
     * form filled from an old copy never overwrites someone else's change. Checked under the account's lock.
     */
    public CustomerView update(long id, CustomerDraft draft, Instant readAt) {
        return change(id, draft, readAt);
    }

    /**
     * The console's password reset: the staff sets a new one, which must pass the registration strength rule; the
     * customer's refresh tokens are revoked with the old hash.
     */
    public CustomerView resetPassword(long id, String password) {
        CustomerView customer = get(id);
        throwIfProblems(strengthProblems(password, customer.username(), customer.email()));
        return update(id, new CustomerDraft(null, null, null, null, password, null, null));
    }

    private static Map<String, String> strengthProblems(String password, String username, String email) {
        if (password == null || password.isEmpty()) {
            return Map.of("password", "Enter a password.");
        }
        String problem = PasswordStrength.problem(password, username, email);
        return problem == null ? Map.of() : Map.of("password", problem);
    }

    /** Changes the fields sent; the account is locked while it changes. */
    public CustomerView update(long id, CustomerDraft draft) {
        return change(id, draft, null);
    }

    private CustomerView change(long id, CustomerDraft draft, Instant readAt) {
        String hash = null;
        if (draft.password() != null) {
            throwIfProblems(DraftChecks.passwordProblems(draft.password()));   // checked and hashed before the lock
            hash = passwords.hash(draft.password().toCharArray());
        }
        UserAccount account = accounts.findForUpdate(id).orElseThrow(CustomerAdminService::notFound);
        if (account.getRole() != Role.CUSTOMER) {
            throw new AccountException(AccountFailure.NOT_EDITABLE, "Not a customer account");
        }
        if (readAt != null && !sameInstant(readAt, account.getUpdatedAt())) {
            throw new AccountException(AccountFailure.STALE_ACCOUNT, "Changed since it was read");
        }
        if (draft.username() != null && !draft.username().equals(account.getUsername())) {
            throw new AccountException(AccountFailure.USERNAME_NOT_EDITABLE, "Username is not editable");
        }
        Instant now = Instant.now();
        if (draft.email() != null) {
            String email = checkedEmail(draft.email());
            if (!email.equals(account.getEmail()) && accounts.emailTaken(email, id)) {
                throw emailExists();
            }
            account.changeEmail(email);
        }
        throwIfProblems(DraftChecks.problems(draft, account));
        account.named(draft.firstName() != null ? draft.firstName() : account.getFirstName(),
                draft.lastName() != null ? draft.lastName() : account.getLastName());
        changeAddresses(account, draft);
        if (hash != null) {
            account.changePasswordHash(hash);
            refreshTokens.revokeAllOf(id, now);
        }
        account.touch(now);
        writeUnique(() -> { }, false);
        outbox.record("customer.updated", id);
        return view(account);
    }

    /** Deletes a customer with their addresses, refresh tokens and cart; the account as it was. */
    public CustomerView delete(long id) {
        UserAccount account = accounts.findForUpdate(id).orElseThrow(CustomerAdminService::notFound);
        if (account.getRole() != Role.CUSTOMER) {
            throw new AccountException(AccountFailure.NOT_DELETABLE, "Not a customer account");
        }
        CustomerView was = view(account);
        deletions.fire(new AccountDeleted(id));
        accounts.remove(account);
        outbox.record("customer.deleted", id);
        return was;
    }

    /** The column keeps microseconds; a copy read before a write may carry more. */
    private static boolean sameInstant(Instant a, Instant b) {
        return a.truncatedTo(ChronoUnit.MICROS).equals(b.truncatedTo(ChronoUnit.MICROS));
    }

    private static String checkedEmail(String email) {
        String trimmed = email == null ? "" : email.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100 || !ContactSyntax.isEmail(trimmed)) {
            throw new AccountException(AccountFailure.INVALID_EMAIL, "Invalid e-mail address");
        }
        return trimmed;
    }

    private static void throwIfProblems(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new AccountException(AccountFailure.INVALID_FIELDS,
                    "Invalid parameter(s): " + String.join(", ", problems.keySet()), problems);
        }
    }

    private static void changeAddresses(UserAccount account, CustomerDraft draft) {
        changeAddress(account, UserAccount.BILLING, draft.billing());
        changeAddress(account, UserAccount.SHIPPING, draft.shipping());
    }

    /** A postcode is stored as WooCommerce writes it in the address's country, as the cart's callback stores it. */
    private static void changeAddress(UserAccount account, String kind, Map<String, String> changes) {
        if (changes == null || changes.isEmpty()) {
            return;
        }
        Map<String, String> normalized = new HashMap<>(changes);
        Address current = account.getAddresses().get(kind);
        String country = changes.getOrDefault("country", current == null ? "" : current.getCountry());
        normalized.computeIfPresent("postcode", (field, postcode) ->
                CustomerAddressRules.normalizePostcode(country.strip(), postcode.strip()));
        account.changeAddress(kind, normalized);
    }

    /**
     * Two admins creating the same e-mail or username at once both pass the checks above; the unique keys refuse
     * the second at its insert or flush, and the constraint's name says which it was. The username key is checked first, so
     * when the username was made from the e-mail, a clash on it is reported as what it most likely is: the same
     * e-mail, sent twice at once.
     */
    private void writeUnique(Runnable write, boolean usernameFromEmail) {
        try {
            write.run();          // an insert runs at once: the id is the database's (IDENTITY)
            accounts.flush();
        } catch (PersistenceException e) {
            String detail = String.valueOf(rootMessage(e));
            if (detail.contains("uk_user_account_email")
                    || detail.contains("uk_user_account_username") && usernameFromEmail) {
                throw emailExists();
            }
            if (detail.contains("uk_user_account_username")) {
                throw usernameExists();
            }
            throw e;
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && depth < 16; depth++) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static AccountException notFound() {
        return new AccountException(AccountFailure.CUSTOMER_NOT_FOUND, "No such account");
    }

    private static AccountException emailExists() {
        return new AccountException(AccountFailure.EMAIL_EXISTS, "E-mail taken");
    }

    private static AccountException usernameExists() {
        return new AccountException(AccountFailure.USERNAME_EXISTS, "Username taken");
    }

    static CustomerView view(UserAccount account) {
        Map<String, Address> addresses = account.getAddresses();
        Address billing = Optional.ofNullable(addresses.get(UserAccount.BILLING)).orElseGet(Address::blank);
        Address shipping = Optional.ofNullable(addresses.get(UserAccount.SHIPPING)).orElseGet(Address::blank);
        return new CustomerView(account.getId(), account.getCreatedAt(), account.getUpdatedAt(), account.getEmail(),
                account.getFirstName(), account.getLastName(), account.getRole().wireName(), account.getUsername(),
                billing.restFields(true), shipping.restFields(false));
    }
}
