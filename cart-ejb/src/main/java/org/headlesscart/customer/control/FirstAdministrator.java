package org.headlesscart.customer.control;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.headlesscart.customer.entity.Role;
import org.headlesscart.customer.entity.UserAccount;

/**
 * Creates the first administrator in a transaction of its own, so that a refusal by the database (another node did
 * it first) rolls back only this and never the deployment. The database decides between nodes that start at once:
 * the administrators are read with a lock (see {@link UserAccount#BY_ROLE_LOCKED}), and the unique keys on e-mail
 * and username refuse a second insert of the same account.
 */
@ApplicationScoped
public class FirstAdministrator {

    public enum Outcome { CREATED, ADMINISTRATOR_EXISTS, EMAIL_TAKEN }

    /** What happened, and the username the new administrator got (null unless created). */
    public record Result(Outcome outcome, String username) {
    }

    @Inject
    AccountStore accounts;

    /** Whether any administrator exists now: a plain count, for the common restart where one does. */
    public boolean exists() {
        return accounts.count(Role.ADMINISTRATOR) > 0;
    }

    /**
     * An administrator with this e-mail and password hash, unless an administrator exists or another account has the
     * e-mail (it is not promoted: that would hand a customer's account the shop). The username is made from the
     * e-mail as a customer's is, reserved names allowed ({@code admin@…} is {@code admin}); the e-mail signs in too.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Result create(String email, String passwordHash, Instant now) {
        if (accounts.anyLocked(Role.ADMINISTRATOR)) {
            return new Result(Outcome.ADMINISTRATOR_EXISTS, null);
        }
        if (accounts.emailTaken(email, 0)) {
            return new Result(Outcome.EMAIL_TAKEN, null);
        }
        String username = Usernames.staffFromEmail(email, candidate -> accounts.usernameTaken(candidate, 0));
        accounts.add(new UserAccount(username, email, passwordHash, Role.ADMINISTRATOR, now));
        accounts.flush();
        return new Result(Outcome.CREATED, username);
    }
}
