package org.headlesscart.customer.boundary;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import org.headlesscart.customer.control.AccountStore;
import org.headlesscart.customer.control.PasswordHashing;
import org.headlesscart.customer.control.PasswordStrength;
import org.headlesscart.customer.control.Usernames;
import org.headlesscart.customer.entity.Address;
import org.headlesscart.customer.entity.Role;
import org.headlesscart.customer.entity.UserAccount;
import org.headlesscart.customer.model.AccountView;
import org.headlesscart.customer.model.ContactSyntax;
import org.headlesscart.platform.outbox.Outbox;

/** The customer component's boundary: accounts and their credentials. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AccountService {

    @Inject
    Outbox outbox;

    private static final long NO_ACCOUNT = -1;

    @Inject
    AccountStore accounts;

    @Inject
    PasswordHashing passwords;

    /**
     * What {@code login} names: the account whose username, e-mail or billing phone it is (CoCart's order, contract
     * §7.1), or nobody. One lookup and no hash, so that a caller can throttle by the account before paying for the
     * password check ({@link #authenticate(LoginLookup, char[])}).
     */
    public LoginLookup lookUp(String login) {
        return accounts.findByLogin(login)
                .map(account -> LoginLookup.of(view(account), account.getPasswordHash()))
                .orElseGet(() -> LoginLookup.unknown(login));
    }

    /**
     * The looked-up account if the password matches. An unknown login costs one hash too, so timing does not tell
     * which logins exist (the answer does, as CoCart's does; throttling bounds how fast anyone can ask).
     *
     * @throws AccountException {@link AccountFailure#UNKNOWN_LOGIN} or {@link AccountFailure#WRONG_PASSWORD}
     */
    public AccountView authenticate(LoginLookup login, char[] password) {
        if (!login.found()) {
            passwords.hash(password);
            throw new AccountException(AccountFailure.UNKNOWN_LOGIN, "No account for this login");
        }
        if (!passwords.verify(password, login.passwordHash())) {
            throw new AccountException(AccountFailure.WRONG_PASSWORD, "Wrong password");
        }
        return login.account();
    }

    /**
     * A new customer account, as {@code POST cocart/v2/register} and a guest's {@code create_account} at checkout make
     * it (docs/my-account.md). Without a username one is made from the e-mail as WooCommerce makes it. A password is
     * required (no mail sends a generated one) and must pass {@link PasswordStrength}. The display name is the
     * username, as WordPress sets it.
     *
     * @param username null or blank to make one from the e-mail
     * @throws AccountException one of the {@code REGISTRATION_*} reasons
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public AccountView register(String email, String username, String password) {
        String address = email == null ? "" : email.strip();
        if (address.isEmpty() || address.length() > 100 || !ContactSyntax.isEmail(address)) {
            throw new AccountException(AccountFailure.REGISTRATION_INVALID_EMAIL, "Invalid e-mail address");
        }
        String requested = username == null || username.isBlank() ? null : username.strip();
        if (requested != null && !Usernames.isValid(requested)) {
            throw new AccountException(AccountFailure.REGISTRATION_INVALID_USERNAME, "Invalid username");
        }
        if (requested != null && Usernames.isReserved(requested)) {
            throw new AccountException(AccountFailure.REGISTRATION_RESERVED_USERNAME, "Reserved username");
        }
        if (password == null || password.isEmpty()) {
            throw new AccountException(AccountFailure.REGISTRATION_MISSING_PASSWORD, "No password");
        }
        String weakness = PasswordStrength.problem(password, requested, address);
        if (weakness != null) {
            throw new AccountException(AccountFailure.REGISTRATION_WEAK_PASSWORD, weakness);
        }
        // Hashed before the first query, so no connection waits on the deliberate cost of the hash.
        String hash = passwords.hash(password.toCharArray());
        if (accounts.emailTaken(address, NO_ACCOUNT)) {
            throw new AccountException(AccountFailure.REGISTRATION_EMAIL_EXISTS, "E-mail taken");
        }
        if (requested != null && accounts.usernameTaken(requested, NO_ACCOUNT)) {
            throw new AccountException(AccountFailure.REGISTRATION_USERNAME_EXISTS, "Username taken");
        }
        String name = requested != null ? requested
                : Usernames.fromEmail(address, candidate -> accounts.usernameTaken(candidate, NO_ACCOUNT));
        if (PasswordStrength.problem(password, name, address) != null) {
            throw new AccountException(AccountFailure.REGISTRATION_WEAK_PASSWORD,
                    "The password must not be your username or e-mail address.");
        }
        UserAccount account = new UserAccount(name, address, hash, Role.CUSTOMER, Instant.now());
        try {
            accounts.add(account);
            accounts.flush();
        } catch (PersistenceException e) {
            throw uniqueKeyRefusal(e, requested == null);
        }
        outbox.record("customer.created", account.getId());
        return view(account);
    }

    /**
     * Two registrations of the same e-mail or username at once both pass the checks; the unique keys refuse the
     * second, and the constraint's name says which. A clash on a username made from the e-mail is most likely the
     * same e-mail sent twice.
     */
    private static AccountException uniqueKeyRefusal(PersistenceException e, boolean usernameFromEmail) {
        Throwable root = e;
        for (int depth = 0; root.getCause() != null && depth < 16; depth++) {
            root = root.getCause();
        }
        String detail = String.valueOf(root.getMessage());
        if (detail.contains("uk_user_account_email") || detail.contains("uk_user_account_username") && usernameFromEmail) {
            return new AccountException(AccountFailure.REGISTRATION_EMAIL_EXISTS, "E-mail taken");
        }
        if (detail.contains("uk_user_account_username")) {
            return new AccountException(AccountFailure.REGISTRATION_USERNAME_EXISTS, "Username taken");
        }
        return new AccountException(AccountFailure.REGISTRATION_FAILED, "Account not written");
    }

    /** The account with this id, as a JWT names it; empty once the account is gone. */
    public Optional<AccountView> find(long id) {
        return accounts.findById(id).map(AccountService::view);
    }

    /** Whether a user has this id: such an id is that user's cart key and nobody else's (contract §6.2). */
    /**
     * The user's addresses as WooCommerce's customer fields ({@code billing_first_name} …), what a new cart of theirs
     * starts with, as WooCommerce loads a logged-in customer's details into the session (capture 42). Billing falls
     * back to the account's names and e-mail where the address has none. Empty for an unknown id.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Map<String, String>> customerFields(long id) {
        return accounts.findById(id).map(account -> {
            Map<String, String> fields = new LinkedHashMap<>();
            Address billing = account.getAddresses().get(UserAccount.BILLING);
            Address shipping = account.getAddresses().get(UserAccount.SHIPPING);
            if (billing != null) {
                fields.putAll(billing.asFields("billing_"));
            }
            fields.merge("billing_first_name", account.getFirstName(), (mine, named) -> mine.isEmpty() ? named : mine);
            fields.merge("billing_last_name", account.getLastName(), (mine, named) -> mine.isEmpty() ? named : mine);
            fields.merge("billing_email", account.getEmail(), (mine, named) -> mine.isEmpty() ? named : mine);
            if (shipping != null) {
                fields.putAll(shipping.asFields("shipping_"));
            }
            fields.values().removeIf(v -> v == null);
            return fields;
        });
    }

    public boolean isRegistered(long id) {
        return accounts.exists(id);
    }

    public long countAccounts() {
        return accounts.count();
    }

    static AccountView view(UserAccount account) {
        Address billing = account.getAddresses().get(UserAccount.BILLING);
        return new AccountView(account.getId(), account.getUsername(), account.getEmail(),
                account.getRole().wireName(), account.getFirstName(), account.getLastName(),
                account.getDisplayName(), billing == null ? "" : billing.getPhone());
    }
}
