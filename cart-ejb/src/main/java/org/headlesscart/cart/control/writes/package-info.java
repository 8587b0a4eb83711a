/**
 * The cart writes of routes 2–12 and both batches ({@code CartWrites}): checks that need no cart before the lock,
 * then the operations on the locked cart (adding, grouped adding, line changes, the {@code cart/update} callbacks
 * with the two built-in namespaces), and the conditions a write runs under: If-Match and Idempotency-Key
 * ({@code ConditionalWrites}). Refusals are {@code Refusal}s, which the boundary turns into its exception.
 */
package org.headlesscart.cart.control.writes;
