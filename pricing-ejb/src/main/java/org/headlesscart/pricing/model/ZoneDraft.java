package org.headlesscart.pricing.model;

/** A shipping zone's name and order as an admin sends them; {@code null} = not sent. */
public record ZoneDraft(String name, Integer order) {
}
