package org.headlesscart.pricing.model;

import java.util.List;
import java.util.Map;

/**
 * A store setting as WooCommerce's REST API shows it ({@code wc/v3/settings/{group}}): WooCommerce's option id,
 * label, description, tip, type ({@code checkbox}, {@code select}, {@code multiselect}), default, choices (for the
 * selects) and current value. A {@code multiselect} has its values in {@code values} and {@code value} empty.
 *
 * @param options choice value to label, in display order; empty for a checkbox
 */
public record SettingView(String group, String id, String label, String description, String tip, String type,
        String defaultValue, Map<String, String> options, String value, List<String> values) {

    public boolean isMulti() {
        return "multiselect".equals(type);
    }
}
