package org.headlesscart.console.security;

import java.time.Duration;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.headlesscart.api.security.LoginThrottle;
import org.headlesscart.customer.boundary.AccountException;
import org.headlesscart.customer.boundary.AccountService;
import org.headlesscart.customer.boundary.LoginLookup;
import org.headlesscart.customer.model.AccountView;

/**
 * A console sign-in's credential check, the API's way (BasicAuthenticationFilter): the customer component looks the
 * login up (username, e-mail or billing phone) and checks the stored hash, and {@link LoginThrottle} counts the
 * failures per account and address, refusing before the hash is checked once over a limit. The role is not checked
 * here: a customer's right password signs them in, and every console page then answers 403.
 */
@ApplicationScoped
public class StaffSignIn {

    /** What a sign-in attempt came to. */
    public sealed interface Outcome {
    }

    public record SignedIn(AccountView account) implements Outcome {
    }

    /** Unknown login or wrong password: the same answer for both, so logins cannot be probed. */
    public record Refused() implements Outcome {
    }

    public record Throttled(Duration retryAfter) implements Outcome {
    }

    @EJB
    AccountService accounts;

    @Inject
    LoginThrottle throttle;

    public Outcome check(String login, char[] password, String clientAddress) {
        LoginLookup lookup = accounts.lookUp(login);
        Optional<Duration> wait = throttle.retryAfter(lookup.subject(), clientAddress);
        if (wait.isPresent()) {
            return new Throttled(wait.get());
        }
        try {
            AccountView account = accounts.authenticate(lookup, password);
            throttle.succeeded(lookup.subject(), clientAddress);
            return new SignedIn(account);
        } catch (AccountException refused) {
            throttle.failed(lookup.subject(), clientAddress);
            return new Refused();
        }
    }
}
