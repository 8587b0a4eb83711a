package org.headlesscart.catalog.model;

/**
 * What a conditional product update did: {@code applied} with the product as saved, or not applied because the
 * product changed after the caller read it, with the product as it now is.
 */
public record ProductUpdate(boolean applied, AdminProductView product) {
}
