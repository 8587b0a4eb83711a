package org.headlesscart.customer.model;

import java.util.Map;

/** A customer's billing (with e-mail and phone) and shipping address: WooCommerce's fields without prefix. */
public record AccountAddresses(Map<String, String> billing, Map<String, String> shipping) {
}
