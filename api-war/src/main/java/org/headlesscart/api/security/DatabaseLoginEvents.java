package org.headlesscart.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.headlesscart.customer.boundary.LoginEventLog;

/**
 * {@link LoginEvents} in the database ({@link LoginEventLog}), so that every server of a cluster counts the same
 * failures: a guess throttled on one node is throttled on all of them (docs/scaling.md). Keys are stored as their
 * SHA-256 only. A key that keeps one event (a sign-in) is moved in place rather than added to.
 */
@ApplicationScoped
class DatabaseLoginEvents implements LoginEvents {

    @Inject
    LoginEventLog log;

    @Override
    public void add(String key, Instant at, int keep) {
        if (keep == 1) {
            log.replace(hash(key), at);
        } else {
            log.add(hash(key), at);     // older ones beyond keep are never counted, and are purged with the window
        }
    }

    @Override
    public Optional<Instant> nthNewestAfter(String key, int n, Instant since) {
        return log.nthNewestAfter(hash(key), n, since);
    }

    @Override
    public void remove(String key) {
        log.remove(hash(key));
    }

    static byte[] hash(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }
}
