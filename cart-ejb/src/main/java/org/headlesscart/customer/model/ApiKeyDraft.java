package org.headlesscart.customer.model;

/**
 * A key to make, as the admin API received it: {@code permissions} is WooCommerce's name (checked by
 * {@code ApiKeyService}), and a null {@code userId} means the administrator who asks.
 */
public record ApiKeyDraft(String description, String permissions, Long userId) {
}
