package org.headlesscart.cart.boundary;

/**
 * Thrown when one of the operations of {@link CartService#apply} is refused: the refusal itself, with the position
 * of the operation that made it. Nothing of the whole list is stored (the transaction rolls back).
 */
public class CartOperationException extends CartException {

    private static final long serialVersionUID = 1L;

    private final int operation;

    CartOperationException(int operation, CartException refusal) {
        super(refusal.failure(), refusal.getMessage(), refusal.params());
        this.operation = operation;
    }

    /** The refused operation's index in the list, from 0. */
    public int operation() {
        return operation;
    }
}
