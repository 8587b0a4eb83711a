package org.headlesscart.pricing.model;

import java.util.Map;

/**
 * Changes to a zone's method instance; {@code null} = not sent. Settings are merged into the instance's: those not
 * sent keep their values.
 */
public record MethodDraft(Map<String, String> settings, Boolean enabled, Integer order) {

    public MethodDraft {
        settings = settings == null ? null : Map.copyOf(settings);
    }
}
