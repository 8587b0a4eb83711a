/**
 * A cart under its key, for the cart services: which cart a request names ({@code CartOwners}: the key, the user, a
 * guest cart to absorb), reading it as it is shown without writing ({@code CartReads}), locking or creating it for a
 * write, checking the write's If-Match under the lock, and storing and showing it afterwards ({@code LockedCarts}),
 * with the catalog snapshots its lines need ({@code CartProducts}). Runs in the caller's transaction.
 */
package org.headlesscart.cart.control.session;
