package org.headlesscart.customer.model;

/**
 * Fired, in the deleting transaction, when an account is deleted, so that what other components keep under the
 * user's id (their cart) goes with it, without the customer component knowing those components.
 */
public record AccountDeleted(long userId) {
}
