package org.headlesscart.cart.control.writes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headlesscart.cart.control.IdempotencyStore;
import org.headlesscart.cart.control.Refusal;
import org.headlesscart.cart.control.Refusal.Reason;
import org.headlesscart.cart.control.session.LockedCarts;
import org.headlesscart.cart.control.session.PendingIfMatch;
import org.headlesscart.cart.entity.IdempotencyRecord;
import org.headlesscart.cart.model.CartAnswer;
import org.headlesscart.cart.model.CartRef;
import org.headlesscart.cart.model.WriteConditions;

/**
 * Runs a cart write under its {@link WriteConditions}, in the write's transaction (docs/conditional-writes.md).
 *
 * <p><b>Idempotency-Key.</b> The key is scoped: a logged-in user's keys are theirs, a guest's are the cart's it
 * names, and a guest's write without a cart key (which starts a cart) has the key alone as its scope. Before the
 * write, a record of the key is looked up; if one is there, its answer is sent again (or, for another request,
 * 422 {@code cocart_idempotency_key_reused}) and nothing is applied. If none is, one is inserted at once and
 * completed with the answer before the transaction commits. A request racing with the same key blocks on that
 * insert (the unique key) until the first commits, then fails on it and is retried ({@code CartWriteRetry}), and
 * the retry finds the answer; if the first rolls back (a refusal, a conflict), the racer's insert goes through and
 * it runs itself. So a committed write and its record are one, and a key is applied at most once.
 *
 * <p><b>If-Match</b> is handed to {@link LockedCarts} through the transaction ({@link PendingIfMatch}), and checked
 * there once the cart row is locked: a tag read before the lock could be stale by the time the write runs.
 */
@Dependent
public class ConditionalWrites {

    @Inject
    IdempotencyStore store;

    @Inject
    @ConfigProperty(name = "headlesscart.cart.idempotency-key-lifetime", defaultValue = "PT24H")
    Duration lifetime;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public CartAnswer run(CartRef cart, WriteConditions conditions, Supplier<CartAnswer> write) {
        if (conditions.ifMatch() != null) {
            PendingIfMatch.hold(transactions, conditions.ifMatch());
        }
        WriteConditions.Idempotency idempotency = conditions.idempotency();
        if (idempotency == null) {
            return write.get();
        }
        Instant now = Instant.now();
        String hash = hash(scope(cart), idempotency.key());
        Optional<IdempotencyRecord> found = store.find(hash, now);
        if (found.isPresent()) {
            return replay(found.get(), idempotency);
        }
        IdempotencyRecord claimed = store.claim(hash, idempotency.fingerprint(), now, now.plus(lifetime));
        CartAnswer answer = write.get();
        claimed.answer(answer.status(), answer.body(), answer.cartKey(), answer.expiring(), answer.expiration(),
                answer.etag());
        return answer;
    }

    public int purgeExpired(int limit) {
        return store.deleteExpired(Instant.now(), limit);
    }

    private static CartAnswer replay(IdempotencyRecord kept, WriteConditions.Idempotency idempotency) {
        if (!kept.getFingerprint().equals(idempotency.fingerprint())) {
            throw new Refusal(Reason.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was already used "
                    + "with another request; send a new key for a new request.");
        }
        if (!kept.isAnswered()) {      // cannot be committed so; treated as a write still running
            throw new Refusal(Reason.CART_BUSY, "The cart is busy with another request. Please try again.");
        }
        return new CartAnswer(kept.getStatus(), kept.getBody(), kept.getCartKey(), kept.getCartExpiring(),
                kept.getCartExpiration(), kept.getEtag(), true);
    }

    /**
     * Whose key it is: a logged-in user's, else the cart's the guest named, else (a guest's first write, which
     * starts a cart under a new key) the key alone, so that a retry of it finds the cart the first made.
     */
    static String scope(CartRef cart) {
        if (cart.userId() != null) {
            return "user:" + cart.userId();
        }
        return cart.key() == null || cart.key().isEmpty() ? "guest" : "cart:" + cart.key();
    }

    static String hash(String scope, String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((scope + "\n" + key).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
