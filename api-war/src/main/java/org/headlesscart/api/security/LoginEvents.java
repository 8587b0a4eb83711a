package org.headlesscart.api.security;

import java.time.Instant;
import java.util.Optional;

/**
 * Where {@link LoginThrottle} keeps its counts: under a key, the times of the newest few events. The servers keep
 * them in the database ({@link DatabaseLoginEvents}), one count for every node of a cluster; the unit tests in memory.
 * Keys are the throttle's (kind, subject, address); implementations need not read them.
 */
interface LoginEvents {

    /** Records an event at {@code at} under {@code key}, which keeps only its newest {@code keep} events. */
    void add(String key, Instant at, int keep);

    /** The {@code n}-th newest event under {@code key} if at least {@code n} happened after {@code since}. */
    Optional<Instant> nthNewestAfter(String key, int n, Instant since);

    /** Forgets the key's events. */
    void remove(String key);
}
