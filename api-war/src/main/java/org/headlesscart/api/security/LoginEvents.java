package org.headlesscart.api.security;

import java.time.Instant;
import java.util.Optional;

/**
 * Where {@link LoginThrottle} keeps its counts: under a key, the times of the newest few events. An interface
 * because a cluster will keep them in the data grid, one count for every instance; {@link InMemoryLoginEvents} keeps
 * them per instance. Keys are the throttle's (kind, subject, address); implementations need not read them.
 */
interface LoginEvents {

    /** Records an event at {@code at} under {@code key}, which keeps only its newest {@code keep} events. */
    void add(String key, Instant at, int keep);

    /** The {@code n}-th newest event under {@code key} if at least {@code n} happened after {@code since}. */
    Optional<Instant> nthNewestAfter(String key, int n, Instant since);

    /** Forgets the key's events. */
    void remove(String key);
}
