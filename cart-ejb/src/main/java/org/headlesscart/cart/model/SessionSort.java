package org.headlesscart.cart.model;

/**
 * The columns an operator may sort the carts in session by: a closed list, so that no text from a request ever
 * becomes part of a query. Ties are broken by the cart's id in the same direction, so that pages never overlap.
 */
public enum SessionSort {
    /** The order carts were stored in (the CoCart sessions route's order). */
    ID,
    CREATED,
    /** Last write: when anything in the cart last changed. */
    MODIFIED,
    EXPIRY,
    EMAIL,
    /** The cart's total at its last write. */
    VALUE
}
