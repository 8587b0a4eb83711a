package org.headlesscart.api.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed logins, counted per account (a login's subject, see {@code LoginLookup}: the account it names, or the
 * normalised text of a login that names none) and per client address, within {@code headlesscart.auth.failure-window}:
 * <ul>
 * <li>per account at one address, {@code headlesscart.auth.max-failures}: a guesser locks only their own address out
 * of the account they guess, and its owner elsewhere is not disturbed;</li>
 * <li>per account, {@code headlesscart.auth.account-max-failures}, far higher: a ceiling for guessing from many
 * addresses;</li>
 * <li>per address, {@code headlesscart.auth.address-max-failures}, sized for an office or a carrier's NAT: a ceiling
 * for one address guessing many accounts, or many unknown logins.</li>
 * </ul>
 * Over any of them, attempts wait until the oldest counted failure leaves the window; the caller answers 429 without
 * checking the password, so a throttled guess costs no hash. The two ceilings do not hold back an account at an
 * address it signed in from within the window (a customer whose app sends credentials with every request): only
 * someone who knows the password gets that, and still only the per-address-and-account failures.
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    @ConfigProperty(name = "headlesscart.auth.max-failures")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "headlesscart.auth.account-max-failures")
    int accountMaxFailures;

    @Inject
    @ConfigProperty(name = "headlesscart.auth.address-max-failures")
    int addressMaxFailures;

    @Inject
    @ConfigProperty(name = "headlesscart.auth.failure-window")
    Duration window;

    @Inject
    LoginEvents events;

    Clock clock = Clock.systemUTC();

    /** How long {@code subject} must wait before trying from {@code address}, or empty when it may try now. */
    public Optional<Duration> retryAfter(String subject, String address) {
        Instant now = clock.instant();
        Instant since = now.minus(window);
        Optional<Instant> until = limitReached(pair(subject, address), maxFailures, since);
        if (events.nthNewestAfter(signedIn(subject, address), 1, since).isEmpty()) {
            until = later(until, limitReached(account(subject), accountMaxFailures, since));
            until = later(until, limitReached(address(address), addressMaxFailures, since));
        }
        return until.map(at -> Duration.between(now, at)).filter(wait -> !wait.isNegative() && !wait.isZero());
    }

    public void failed(String subject, String address) {
        Instant now = clock.instant();
        events.add(pair(subject, address), now, maxFailures);     // only the newest up to the limit matter
        events.add(account(subject), now, accountMaxFailures);
        events.add(address(address), now, addressMaxFailures);
    }

    /**
     * A correct password clears the failures of its account at its address, not the account's or the address's
     * totals: otherwise a guesser could reset the address count with an account of its own between guesses.
     */
    public void succeeded(String subject, String address) {
        events.remove(pair(subject, address));
        events.add(signedIn(subject, address), clock.instant(), 1);
    }

    /** When the limit-th newest failure leaves the window, if the limit is reached. */
    private Optional<Instant> limitReached(String key, int limit, Instant since) {
        return events.nthNewestAfter(key, limit, since).map(oldest -> oldest.plus(window));
    }

    private static Optional<Instant> later(Optional<Instant> one, Optional<Instant> other) {
        if (one.isEmpty()) {
            return other;
        }
        return other.isPresent() && other.get().isAfter(one.get()) ? other : one;
    }

    // One kind word, a space, then the parts; an address has no space, so no two keys of different parts meet.
    private static String pair(String subject, String address) {
        return "pair " + address + " " + subject;
    }

    private static String signedIn(String subject, String address) {
        return "signed-in " + address + " " + subject;
    }

    private static String account(String subject) {
        return "account " + subject;
    }

    private static String address(String address) {
        return "address " + address;
    }
}
