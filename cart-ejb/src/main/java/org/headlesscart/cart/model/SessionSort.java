package org.headlesscart.cart.model;

/**
 * The columns an operator may sort the carts in session by: a closed list, so that no text from a request ever
 * becomes part of a query, each with an index (V10) so that a page is read in index order. Ties are broken by the
 * cart's id in the same direction, so that pages never overlap.
 */
public enum SessionSort {
    /** The order carts were stored in (the CoCart sessions route's order). */
    ID,
    CREATED,
    /** When it expires: its last write plus its window, so also the order of last writes within guests or users. */
    EXPIRY,
    EMAIL,
    /** The cart's total at its last write. */
    VALUE
}
