package org.headlesscart.api.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** A stack trace once per distinct cause and minute, with bounded memory. */
class StackTraceLimiterTest {

    final AtomicLong now = new AtomicLong();
    final StackTraceLimiter limiter = new StackTraceLimiter(Duration.ofMinutes(1), 3, now::get);

    @Test
    void theSameCauseLogsItsTraceOnceAMinuteAndTheOthersNameThatIncident() {
        assertTrue(limiter.decide(failure("cart 1"), "incident a").logTrace());

        now.addAndGet(Duration.ofSeconds(59).toNanos());
        StackTraceLimiter.Decision second = limiter.decide(failure("cart 2"), "incident b");
        StackTraceLimiter.Decision third = limiter.decide(failure("cart 3"), "incident c");

        assertFalse(second.logTrace(), "the message is no part of the cause");
        assertEquals("incident a", second.sameAs());
        assertEquals("incident a", third.sameAs());

        now.addAndGet(Duration.ofSeconds(1).toNanos());
        StackTraceLimiter.Decision nextMinute = limiter.decide(failure("cart 4"), "incident d");
        assertTrue(nextMinute.logTrace());
        assertEquals(2, nextMinute.suppressedBefore(), "it says how many went without");
        assertEquals("incident d", limiter.decide(failure("cart 5"), "incident e").sameAs());
    }

    @Test
    void anotherExceptionClassOrAnotherPlaceIsAnotherCause() {
        assertTrue(limiter.decide(failure("x"), "incident a").logTrace());
        assertTrue(limiter.decide(new IllegalStateException("x", failure("x")), "incident b").logTrace(),
                "another outer class");
        assertTrue(limiter.decide(elsewhere(), "incident c").logTrace(), "another top frame");
    }

    @Test
    void theSignatureIsTheClassesAndTheRootCausesTopFrames() {
        String signature = StackTraceLimiter.signature(new RuntimeException("wrapper", failure("x")));

        assertTrue(signature.startsWith("java.lang.RuntimeException|java.sql.SQLException|"), signature);
        assertTrue(signature.contains("|com.mysql.cj.protocol.a.NativeProtocol.readMessage:10|"), signature);
        assertFalse(signature.contains("Caller5"), "five frames: " + signature);
        assertEquals(2 + StackTraceLimiter.TOP_FRAMES, signature.split("\\|").length);
        assertNotEquals(signature, StackTraceLimiter.signature(new RuntimeException("wrapper", elsewhere())));
    }

    @Test
    void memoryIsBoundedByForgettingTheLeastRecentlySeenCause() {
        limiter.decide(failure("x"), "incident a");
        limiter.decide(new IllegalStateException(failure("x")), "incident b");
        limiter.decide(new IllegalArgumentException(failure("x")), "incident c");
        limiter.decide(new UnsupportedOperationException(failure("x")), "incident d");   // a is forgotten

        assertTrue(limiter.decide(failure("x"), "incident e").logTrace(), "a forgotten cause logs again");
        assertFalse(limiter.decide(new UnsupportedOperationException(failure("x")), "incident f").logTrace());
    }

    /** One place in the code, as every request that meets the same fault reaches it. */
    private static SQLException failure(String message) {
        return at(new SQLException(message, "HY000"), "readMessage");
    }

    private static SQLException elsewhere() {
        return at(new SQLException("x", "HY000"), "sendCommand");
    }

    private static SQLException at(SQLException e, String topMethod) {
        StackTraceElement[] frames = new StackTraceElement[8];
        frames[0] = new StackTraceElement("com.mysql.cj.protocol.a.NativeProtocol", topMethod, "NativeProtocol.java",
                10);
        for (int i = 1; i < frames.length; i++) {
            frames[i] = new StackTraceElement("org.example.Caller" + i, "call", "Caller.java", i);
        }
        e.setStackTrace(frames);
        return e;
    }
}
