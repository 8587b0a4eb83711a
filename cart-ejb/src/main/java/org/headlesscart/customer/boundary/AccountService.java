package org.headlesscart.customer.boundary;

import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.headlesscart.customer.control.AccountStore;
import org.headlesscart.customer.control.PasswordHashing;
import org.headlesscart.customer.entity.Address;
import org.headlesscart.customer.entity.UserAccount;

/** The customer component's boundary: accounts and their credentials. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AccountService {

    @Inject
    AccountStore accounts;

    @Inject
    PasswordHashing passwords;

    /**
     * The account whose username, e-mail or billing phone is {@code login} (CoCart's order, contract §7.1), if
     * the password matches. An unknown login costs one hash too, so timing does not tell which logins exist
     * (the answer does, as CoCart's does; throttling bounds how fast anyone can ask).
     *
     * @throws AccountException {@link AccountFailure#UNKNOWN_LOGIN} or {@link AccountFailure#WRONG_PASSWORD}
     */
    public AccountView authenticate(String login, char[] password) {
        Optional<UserAccount> account = accounts.findByLogin(login);
        if (account.isEmpty()) {
            passwords.hash(password);
            throw new AccountException(AccountFailure.UNKNOWN_LOGIN, "No account for this login");
        }
        if (!passwords.verify(password, account.get().getPasswordHash())) {
            throw new AccountException(AccountFailure.WRONG_PASSWORD, "Wrong password");
        }
        return view(account.get());
    }

    /** The account with this id, as a JWT names it; empty once the account is gone. */
    public Optional<AccountView> find(long id) {
        return accounts.findById(id).map(AccountService::view);
    }

    /** Whether a user has this id: such an id is that user's cart key and nobody else's (contract §6.2). */
    public boolean isRegistered(long id) {
        return accounts.exists(id);
    }

    public long countAccounts() {
        return accounts.count();
    }

    private static AccountView view(UserAccount account) {
        Address billing = account.getAddresses().get(UserAccount.BILLING);
        return new AccountView(account.getId(), account.getUsername(), account.getEmail(),
                account.getRole().wireName(), account.getFirstName(), account.getLastName(),
                account.getDisplayName(), billing == null ? "" : billing.getPhone());
    }
}
