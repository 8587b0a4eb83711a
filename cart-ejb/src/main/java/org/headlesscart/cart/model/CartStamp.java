package org.headlesscart.cart.model;

/**
 * What a shown cart was computed from: the stored cart (its row and version) and the catalog revision its products
 * were read at. Two views with equal stamps show the same cart, so a caller may keep what it made of one view (a
 * rendered answer, later an entity tag) and check it with {@link org.headlesscart.cart.boundary.CartService#stamp}:
 * every cart write bumps the version, every catalog write the revision, and a cart deleted and created again under
 * its key gets a new row id. Time also changes a view: see {@link CartView#validUntil()}.
 */
public record CartStamp(long cartId, long version, long catalogRevision) {
}
