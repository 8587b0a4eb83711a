/**
 * The cart's records as they cross its layers and its module: the cart as shown ({@code CartView}) and what a
 * write did ({@code CartChange}), the requests ({@code CartRef}, {@code CartOperation} and its commands,
 * {@code WriteConditions}), the answer kept under an Idempotency-Key, the stamp and entity tag of a shown cart, and
 * the extension point of {@code POST /cart/update} ({@code CartUpdateCallback}, {@code CartUpdate}). They live here
 * rather than in {@code boundary} so that control can build and read them without reaching back into the boundary
 * (ArchitectureTest). They depend on no layer of any component.
 */
package org.headlesscart.cart.model;
