package org.headlesscart.api.wc.v3;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.headlesscart.api.error.CoCartError;

/**
 * A refused item in a WooCommerce batch answer, in its place: the id it named (0 for a create, the setting's id for
 * settings) and the error its own route would have answered.
 */
@JsonbPropertyOrder({"id", "error"})
public record BatchItemError(Object id, CoCartError error) {
}
