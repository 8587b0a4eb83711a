package org.headlesscart.customer.boundary;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headlesscart.customer.control.AccountStore;
import org.headlesscart.customer.control.ApiKeyCodes;
import org.headlesscart.customer.control.ApiKeyStore;
import org.headlesscart.customer.control.PasswordHashing;
import org.headlesscart.customer.entity.Address;
import org.headlesscart.customer.entity.Role;
import org.headlesscart.customer.entity.UserAccount;
import org.headlesscart.customer.model.ApiKeyPermissions;

/**
 * Creates the demo accounts (administrator, shop manager, two customers) for {@link DemoAccounts} when no account
 * exists yet, so a restart never duplicates them. Created in code rather than by a SQL seed because passwords
 * come from configuration and are stored only as hashes. The customer is id 2, as in the contract's captures.
 * Then, while no REST API key exists, one read key for the demo administrator, its halves from configuration too
 * (development defaults), so that the run command can print them on every start although only hashes are stored.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoAccountsSeed {

    private static final Logger LOG = System.getLogger(DemoAccountsSeed.class.getName());

    @Inject
    @ConfigProperty(name = "headlesscart.demo.admin-password")
    String adminPassword;

    @Inject
    @ConfigProperty(name = "headlesscart.demo.shop-manager-password")
    String shopManagerPassword;

    @Inject
    @ConfigProperty(name = "headlesscart.demo.customer-password")
    String customerPassword;

    @Inject
    @ConfigProperty(name = "headlesscart.demo.api-key")
    String apiKey;

    @Inject
    @ConfigProperty(name = "headlesscart.demo.api-secret")
    String apiSecret;

    @Inject
    AccountStore accounts;

    @Inject
    ApiKeyStore keys;

    @Inject
    PasswordHashing passwords;

    /** Accounts and key in one transaction, so another node sees both or neither. */
    public void createWhenNone() {
        if (accounts.count() == 0) {
            createAccounts();
        }
        if (keys.count() == 0) {
            createReadKey();
        }
    }

    private void createAccounts() {
        Instant now = Instant.now();
        accounts.add(account("admin", "admin@example.com", adminPassword, Role.ADMINISTRATOR, now)
                .named("Ada", "Admin"));
        accounts.add(account("customer", "customer@example.com", customerPassword, Role.CUSTOMER, now)
                .named("Jane", "Doe")
                .withAddress(UserAccount.BILLING, Address.of("Jane", "Doe", "customer@example.com", "+14155550123")
                        .at("1 Market Street", "San Francisco", "CA", "94105", "US")));
        accounts.add(account("manager", "manager@example.com", shopManagerPassword, Role.SHOP_MANAGER, now)
                .named("Sam", "Manager"));
        // A second customer (id 4), with the first one's password: the security tests show that one customer
        // cannot reach another's cart (docs/carts-and-identity.md).
        accounts.add(account("customer2", "customer2@example.com", customerPassword, Role.CUSTOMER, now)
                .named("John", "Roe"));
        LOG.log(Level.INFO, "Demo accounts created: admin, manager, customer, customer2");
    }

    /** Also on a store made before keys existed; not again once any key exists (revoking them all brings it back). */
    private void createReadKey() {
        if (!ApiKeyCodes.isConsumerKey(apiKey) || !ApiKeyCodes.isConsumerSecret(apiSecret)) {
            LOG.log(Level.ERROR, "No demo API key: headlesscart.demo.api-key must be ck_ and "
                    + "headlesscart.demo.api-secret cs_, each followed by 40 lower-case hex digits");
            return;
        }
        accounts.findByLogin("admin").filter(admin -> admin.getRole() == Role.ADMINISTRATOR).ifPresent(admin -> {
            keys.add(ApiKeyService.newKey(admin.getId(), "Demo read key", ApiKeyPermissions.READ, apiKey, apiSecret));
            LOG.log(Level.INFO, "Demo API key created: read, for admin, consumer key ending in {0}",
                    ApiKeyCodes.truncated(apiKey));
        });
    }

    private UserAccount account(String username, String email, String password, Role role, Instant now) {
        return new UserAccount(username, email, passwords.hash(password.toCharArray()), role, now);
    }
}
