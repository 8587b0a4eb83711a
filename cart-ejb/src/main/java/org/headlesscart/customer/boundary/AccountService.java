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
     * the password matches. An unknown login costs one hash too, so timing does not tell which logins exist.
     */
    public Optional<AccountView> authenticate(String login, char[] password) {
        Optional<UserAccount> account = accounts.findByLogin(login);
        if (account.isEmpty()) {
            passwords.hash(password);
            return Optional.empty();
        }
        return account.filter(found -> passwords.verify(password, found.getPasswordHash()))
                .map(AccountService::view);
    }

    public long countAccounts() {
        return accounts.count();
    }

    private static AccountView view(UserAccount account) {
        Address billing = account.getAddresses().get(UserAccount.BILLING);
        return new AccountView(account.getId(), account.getUsername(), account.getEmail(),
                account.getRole().wireName(), account.getFirstName(), account.getLastName(),
                billing == null ? "" : billing.getPhone());
    }
}
