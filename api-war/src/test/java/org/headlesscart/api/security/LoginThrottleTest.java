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

/**
 * The throttle's limits with the defaults (5 failures per account at an address, 100 per account, 100 per address,
 * all within 15 minutes), on a clock the test moves. Subjects are as {@code LoginLookup} names them.
 */
class LoginThrottleTest {

    static final String JANE = "account:2";
    static final String JOHN = "account:4";
    static final String OFFICE = "203.0.113.1";
    static final String HOME = "198.51.100.7";

    final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T10:00:00Z"));
    final LoginThrottle throttle = throttle(clock, 1000);

    static LoginThrottle throttle(Clock clock, int entries) {
        LoginThrottle throttle = new LoginThrottle();
        throttle.maxFailures = 5;
        throttle.accountMaxFailures = 100;
        throttle.addressMaxFailures = 100;
        throttle.window = Duration.ofMinutes(15);
        InMemoryLoginEvents events = new InMemoryLoginEvents();     // what DatabaseLoginEvents answers, in memory
        events.maxEntries = entries;
        throttle.events = events;
        throttle.clock = clock;
        return throttle;
    }

    @Test
    void theSixthAttemptOnAnAccountFromOneAddressWaitsUntilTheFirstLeavesTheWindow() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), throttle.retryAfter(JANE, OFFICE), "attempt " + (i + 1));
            throttle.failed(JANE, OFFICE);
            clock.move(Duration.ofMinutes(1));
        }

        assertEquals(Optional.of(Duration.ofMinutes(10)), throttle.retryAfter(JANE, OFFICE));
        clock.move(Duration.ofMinutes(10));
        assertEquals(Optional.empty(), throttle.retryAfter(JANE, OFFICE), "the first failure has expired");
        throttle.failed(JANE, OFFICE);
        assertEquals(Optional.of(Duration.ofMinutes(1)), throttle.retryAfter(JANE, OFFICE),
                "four recent failures and a new one: the next-oldest decides");
    }

    @Test
    void aGuesserLocksOnlyTheirOwnAddressOutOfTheAccount() {
        for (int i = 0; i < 5; i++) {
            throttle.failed(JANE, OFFICE);
        }

        assertTrue(throttle.retryAfter(JANE, OFFICE).isPresent());
        assertEquals(Optional.empty(), throttle.retryAfter(JANE, HOME), "the owner at home is not locked out");
        assertEquals(Optional.empty(), throttle.retryAfter(JOHN, OFFICE), "nor a colleague at the same office");
    }

    @Test
    void oneHundredFailuresOnAnAccountFromEverywhereHoldBackEveryAddressItDidNotSignInFrom() {
        throttle.succeeded(JANE, HOME);
        for (int i = 0; i < 99; i++) {
            throttle.failed(JANE, "192.0.2." + i);
        }
        assertEquals(Optional.empty(), throttle.retryAfter(JANE, OFFICE), "99: below the ceiling");
        clock.move(Duration.ofMinutes(1));
        throttle.failed(JANE, "192.0.2.99");

        assertEquals(Optional.of(Duration.ofMinutes(14)), throttle.retryAfter(JANE, OFFICE),
                "until the first of the hundred leaves the window");
        assertEquals(Optional.empty(), throttle.retryAfter(JANE, HOME), "the owner signed in from home a minute ago");
        assertEquals(Optional.empty(), throttle.retryAfter(JOHN, OFFICE), "another account");
        clock.move(Duration.ofMinutes(14));
        assertEquals(Optional.empty(), throttle.retryAfter(JANE, OFFICE));
    }

    @Test
    void aSignInSparesItsAddressOnlyForTheWindowAndNeverFromItsOwnLock() {
        throttle.succeeded(JANE, HOME);
        for (int i = 0; i < 100; i++) {
            throttle.failed(JANE, "192.0.2." + i);
        }
        for (int i = 0; i < 5; i++) {
            throttle.failed(JANE, HOME);
        }
        assertTrue(throttle.retryAfter(JANE, HOME).isPresent(), "five failures from home lock home out as anywhere");

        clock.move(Duration.ofMinutes(15));
        throttle.succeeded(JOHN, HOME);
        for (int i = 0; i < 100; i++) {
            throttle.failed(JANE, "192.0.2." + i);
        }
        assertTrue(throttle.retryAfter(JANE, HOME).isPresent(), "the sign-in was 15 minutes ago; John's from home is John's");
    }

    @Test
    void oneHundredFailuresFromOneAddressHoldBackEveryLoginThatDidNotSignInFromIt() {
        throttle.succeeded(JOHN, OFFICE);
        for (int i = 0; i < 100; i++) {
            assertEquals(Optional.empty(), throttle.retryAfter("login:guess" + i, OFFICE), "guess " + i);
            throttle.failed("login:guess" + i, OFFICE);
        }

        assertTrue(throttle.retryAfter("login:guess100", OFFICE).isPresent(), "a flood of unknown logins is bounded");
        assertTrue(throttle.retryAfter(JANE, OFFICE).isPresent(), "a real account not signed in from the office too");
        assertEquals(Optional.empty(), throttle.retryAfter(JOHN, OFFICE), "John signed in from the office");
        assertEquals(Optional.empty(), throttle.retryAfter(JANE, HOME), "another address");
    }

    @Test
    void belowItsLimitAnAddressWithFailuresOnOneAccountStillSignsInToAnother() {
        for (int i = 0; i < 5; i++) {
            throttle.failed(JOHN, OFFICE);
        }
        for (int i = 0; i < 90; i++) {
            throttle.failed("login:typo" + i, OFFICE);
        }

        assertEquals(Optional.empty(), throttle.retryAfter(JANE, OFFICE), "95 failures from the office, none on Jane");
    }

    @Test
    void aCorrectPasswordClearsItsAccountAtItsAddressButNoTotal() {
        for (int i = 0; i < 4; i++) {
            throttle.failed(JANE, OFFICE);
        }
        throttle.succeeded(JANE, OFFICE);
        throttle.failed(JANE, OFFICE);
        assertEquals(Optional.empty(), throttle.retryAfter(JANE, OFFICE), "one failure since the sign-in");

        for (int i = 0; i < 96; i++) {
            throttle.failed(JANE, "192.0.2." + i);
        }
        for (int i = 0; i < 95; i++) {
            throttle.failed("login:x" + i, OFFICE);
        }
        assertTrue(throttle.retryAfter(JANE, HOME).isPresent(), "Jane's total kept the five from the office");
        assertTrue(throttle.retryAfter("login:y", OFFICE).isPresent(), "the office's total kept them too");
        assertEquals(Optional.empty(), throttle.retryAfter(JANE, OFFICE), "where Jane signed in, neither total counts");
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
