package org.headlesscart.customer.boundary;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headlesscart.customer.control.BootstrapRules;
import org.headlesscart.customer.control.FirstAdministrator;
import org.headlesscart.customer.control.PasswordHashing;

/**
 * The first administrator of a production install (README "Deploy"): when no administrator exists,
 * {@code headlesscart.bootstrap.admin-email} and {@code headlesscart.bootstrap.admin-password}
 * ({@code HEADLESSCART_BOOTSTRAP_ADMIN_EMAIL} / {@code …_PASSWORD} in the environment) make one at start. Once one
 * exists the settings do nothing, so they can stay set. Settings that cannot make one (missing half, not an e-mail,
 * a password registration would refuse) are logged with the reason and the server starts without it: a typo must not
 * take the shop down. The password is never logged. Runs after the demo accounts, which bring their own administrator.
 */
@Singleton
@Startup
@DependsOn("DemoAccounts")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BootstrapAdmin {

    private static final Logger LOG = System.getLogger(BootstrapAdmin.class.getName());

    @Inject
    @ConfigProperty(name = "headlesscart.bootstrap.admin-email")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "headlesscart.bootstrap.admin-password")
    Optional<String> password;

    @Inject
    FirstAdministrator first;

    @Inject
    PasswordHashing passwords;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void createWhenNone() {
        String address = email.map(String::strip).orElse(null);
        String secret = password.orElse(null);
        if (!BootstrapRules.configured(address, secret)) {
            return;
        }
        String problem = BootstrapRules.problem(address, secret);
        if (problem != null) {
            LOG.log(Level.ERROR, "No bootstrap administrator: {0}", problem);
            return;
        }
        if (first.exists()) {
            LOG.log(Level.INFO, "An administrator exists: the bootstrap administrator settings are ignored");
            return;
        }
        create(address, passwords.hash(secret.toCharArray()));
    }

    private void create(String address, String hash) {
        try {
            FirstAdministrator.Result result = first.create(address, hash, Instant.now());
            switch (result.outcome()) {
                case CREATED -> LOG.log(Level.INFO, "Bootstrap administrator created: {0} (username {1})",
                        address, result.username());
                case ADMINISTRATOR_EXISTS -> LOG.log(Level.INFO,
                        "An administrator exists: the bootstrap administrator settings are ignored");
                case EMAIL_TAKEN -> LOG.log(Level.ERROR, "No bootstrap administrator: an account that is not an "
                        + "administrator has the e-mail {0}; it is not promoted", address);
            }
        } catch (RuntimeException e) {
            // Another node inserted the same account meanwhile (unique key), or the two locking reads deadlocked
            // and the database rolled this one back: either way the other node's administrator stands.
            LOG.log(Level.WARNING, "No bootstrap administrator from this node: the database refused it ({0}); "
                    + "another node starting at the same time may have created it", rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        for (int depth = 0; root.getCause() != null && depth < 16; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
