package org.headlesscart.ratelimit.boundary;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.headlesscart.ratelimit.control.RateLimitStore;
import org.headlesscart.ratelimit.model.FixedWindow;
import org.headlesscart.ratelimit.model.RateDecision;

/** Counts requests per group and client in windows every node shares (package-info). */
@Stateless
public class RateLimitService {

    @Inject
    RateLimitStore store;

    Clock clock = Clock.systemUTC();

    /**
     * Counts one request of {@code client} in {@code group} and decides it against {@code limit} per {@code window}.
     * Outside any transaction: the statement commits on its own (one round trip), and a request that fails later
     * stays counted, as it should. Refused requests are counted too; they change nothing but the count.
     *
     * @param group  the group's name, e.g. {@code login}
     * @param client who is counted: {@code user <id>} or {@code address <ip>}
     * @throws IllegalStateException when the database cannot count (the WAR answers as for any database failure)
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RateDecision hit(String group, String client, int limit, Duration window) {
        Instant now = clock.instant();
        FixedWindow current = FixedWindow.at(now, window);
        try {
            long hits = store.hit(group + " " + client, current);
            return RateDecision.of(hits, limit, current, current.secondsLeft(now));
        } catch (SQLException e) {
            throw new IllegalStateException("Rate limit not counted", e);
        }
    }

    /** Deletes up to {@code limit} rows of ended windows, in its own short statement; how many. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int purgeEnded(int limit) {
        try {
            return store.purge(clock.instant().getEpochSecond(), limit);
        } catch (SQLException e) {
            throw new IllegalStateException("Ended rate-limit windows not deleted", e);
        }
    }
}
