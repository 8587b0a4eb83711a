package org.headlesscart.customer.boundary;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.headlesscart.customer.control.AccountStore;
import org.headlesscart.customer.control.PasswordHashing;
import org.headlesscart.customer.entity.Address;
import org.headlesscart.customer.entity.UserAccount;
import org.headlesscart.customer.model.AccountView;

/** The customer component's boundary: accounts and their credentials. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AccountService {

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
