/**
 * The catalog's records as they cross its layers and its module: views and pages the boundary returns (built by
 * control), queries and drafts it takes (read by control), and the {@code Purchasable} snapshots the cart reads.
 * They live here rather than in {@code boundary} so that control can build and read them without reaching back into
 * the boundary (STYLE §3.1; ArchitectureTest). Plain immutable values: they depend on no layer of any component.
 */
package org.headlesscart.catalog.model;
