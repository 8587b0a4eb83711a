package org.headlesscart.customer.boundary;

/**
 * A key to make, as the admin API received it: {@code permissions} is WooCommerce's name (checked here), and a
 * null {@code userId} means the administrator who asks.
 */
public record ApiKeyDraft(String description, String permissions, Long userId) {
}
