package org.headlesscart.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Failed logins per login and per address, 5 per 15 minutes by default, on a clock the test moves. */
class LoginThrottleTest {

    final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T10:00:00Z"));
    final LoginThrottle throttle = new LoginThrottle();

    {
        throttle.maxFailures = 5;
        throttle.window = Duration.ofMinutes(15);
        throttle.maxEntries = 100;
        throttle.clock = clock;
    }

    @Test
    void theSixthAttemptAfterFiveFailuresWaitsUntilTheFirstLeavesTheWindow() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), throttle.retryAfter("customer", "203.0.113.1"), "attempt " + (i + 1));
            throttle.failed("customer", "203.0.113.1");
            clock.move(Duration.ofMinutes(1));
        }

        assertEquals(Optional.of(Duration.ofMinutes(10)), throttle.retryAfter("customer", "203.0.113.1"));
        assertEquals(Optional.of(Duration.ofMinutes(10)), throttle.retryAfter("CUSTOMER", "198.51.100.7"),
                "the login is locked from every address, whatever its case");
        clock.move(Duration.ofMinutes(10));
        assertEquals(Optional.empty(), throttle.retryAfter("customer", "203.0.113.1"), "the first failure has expired");
        throttle.failed("customer", "203.0.113.1");
        assertEquals(Optional.of(Duration.ofMinutes(1)), throttle.retryAfter("customer", "203.0.113.1"),
                "four recent failures and a new one: the next-oldest decides");
    }

    @Test
    void anAddressIsLockedWhateverLoginsItTries() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("guess" + i + "@example.com", "203.0.113.9");
        }

        assertTrue(throttle.retryAfter("customer", "203.0.113.9").isPresent(), "even a login that never failed");
        assertEquals(Optional.empty(), throttle.retryAfter("customer", "203.0.113.10"), "another address");
    }

    @Test
    void aCorrectPasswordClearsItsLoginButNotItsAddress() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("customer", "203.0.113.1");
        }
        throttle.succeeded("customer");
        throttle.failed("customer", "203.0.113.2");

        assertEquals(Optional.empty(), throttle.retryAfter("customer", "203.0.113.2"));
        throttle.failed("other", "203.0.113.1");
        assertTrue(throttle.retryAfter("another", "203.0.113.1").isPresent(), "the address kept its four failures");
    }

    @Test
    void onlyTheConfiguredNumberOfEntriesIsRemembered() {
        throttle.maxEntries = 4;
        for (int i = 0; i < 5; i++) {
            throttle.failed("victim", "203.0.113.1");
        }
        throttle.failed("flood1", "198.51.100.1");
        throttle.failed("flood2", "198.51.100.2");

        assertEquals(Optional.empty(), throttle.retryAfter("victim", "192.0.2.1"),
                "the least recently failed entries go first: memory stays bounded");
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUp() {
        assertEquals("600", BasicAuthenticationFilter.tooManyAttempts(Duration.ofMinutes(10)).getHeaderString("Retry-After"));
        assertEquals("2", BasicAuthenticationFilter.tooManyAttempts(Duration.ofMillis(1001)).getHeaderString("Retry-After"));
        assertEquals("1", BasicAuthenticationFilter.tooManyAttempts(Duration.ofMillis(1)).getHeaderString("Retry-After"));
        assertEquals(429, BasicAuthenticationFilter.tooManyAttempts(Duration.ofMillis(1)).getStatus());
    }

    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
