package org.headlesscart.pricing.model;

/**
 * Why WooCommerce refuses or removes a coupon: its numbered error (100-116, COCART-PLUS §3.1) and the customer
 * message in the wording of decision 8.
 */
public record CouponError(int code, String message) {
}
