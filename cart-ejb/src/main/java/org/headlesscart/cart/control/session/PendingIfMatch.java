package org.headlesscart.cart.control.session;

import java.util.Optional;

import jakarta.transaction.TransactionSynchronizationRegistry;

import org.headlesscart.cart.model.WriteConditions;

/**
 * A write's If-Match on its way from {@code ConditionalWrites}, which receives it before anything is locked, to
 * {@link LockedCarts}, which checks it once the cart row is locked. It travels as a resource of the transaction,
 * so that the write methods in between need not pass it along, and it is checked once per transaction.
 */
public final class PendingIfMatch {

    private final WriteConditions.IfMatch ifMatch;
    private boolean checked;

    private PendingIfMatch(WriteConditions.IfMatch ifMatch) {
        this.ifMatch = ifMatch;
    }

    /** Holds the If-Match of this transaction's write until the cart is locked. */
    public static void hold(TransactionSynchronizationRegistry transactions, WriteConditions.IfMatch ifMatch) {
        transactions.putResource(PendingIfMatch.class, new PendingIfMatch(ifMatch));
    }

    /** The If-Match this transaction holds and has not checked yet, now marked checked; empty when none. */
    static Optional<WriteConditions.IfMatch> take(TransactionSynchronizationRegistry transactions) {
        if (!(transactions.getResource(PendingIfMatch.class) instanceof PendingIfMatch pending) || pending.checked) {
            return Optional.empty();
        }
        pending.checked = true;
        return Optional.of(pending.ifMatch);
    }
}
