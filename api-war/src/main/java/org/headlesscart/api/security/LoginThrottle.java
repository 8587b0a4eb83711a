package org.headlesscart.api.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed logins per login name and per client address: after {@code headlesscart.auth.max-failures} failures
 * within {@code headlesscart.auth.failure-window}, further attempts are refused until the oldest of them leaves
 * the window. Checked before the password, so a locked-out guesser costs no hash.
 *
 * <p>In memory, per server instance, and bounded: at most {@code headlesscart.auth.throttle-entries} names and
 * addresses are remembered, the least recently failed forgotten first. A cluster of N servers therefore allows
 * up to N times the limit, and a flood of distinct names can push a name out (its address is still counted).
 */
@ApplicationScoped
public class LoginThrottle {

    @Inject
    @ConfigProperty(name = "headlesscart.auth.max-failures")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "headlesscart.auth.failure-window")
    Duration window;

    @Inject
    @ConfigProperty(name = "headlesscart.auth.throttle-entries")
    int maxEntries;

    Clock clock = Clock.systemUTC();

    /** Failure times per key, oldest first; access-ordered so that the eldest entry is the least recently used. */
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > maxEntries;
        }
    };

    /** How long this login from this address must wait, or empty when it may try now. */
    public synchronized Optional<Duration> retryAfter(String login, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (String key : new String[] {loginKey(login), addressKey(address)}) {
            Deque<Instant> times = recent(key, now);
            if (times != null && times.size() >= maxFailures) {
                Duration left = Duration.between(now, times.peekFirst().plus(window));
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public synchronized void failed(String login, String address) {
        Instant now = clock.instant();
        for (String key : new String[] {loginKey(login), addressKey(address)}) {
            Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            times.addLast(now);
            while (times.size() > maxFailures) {
                times.removeFirst();            // only the last maxFailures matter
            }
        }
    }

    /**
     * A correct password clears its login's failures, not its address's: otherwise a guesser could reset the
     * address count with an account of its own between guesses.
     */
    public synchronized void succeeded(String login) {
        failures.remove(loginKey(login));
    }

    private Deque<Instant> recent(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return null;
        }
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.removeFirst();
        }
        if (times.isEmpty()) {
            failures.remove(key);
            return null;
        }
        return times;
    }

    private static String loginKey(String login) {
        return "login:" + login.toLowerCase(Locale.ROOT);       // logins by e-mail are case-insensitive
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
