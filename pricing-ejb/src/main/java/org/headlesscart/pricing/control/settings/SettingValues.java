package org.headlesscart.pricing.control.settings;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.headlesscart.pricing.model.SettingValue;
import org.headlesscart.pricing.model.SettingView;

/**
 * WooCommerce's checks of a setting's new value ({@code WC_REST_Setting_Options_Controller::validate_setting_*}): a
 * checkbox takes {@code yes} or {@code no}; a select or radio one of its choices; a multiselect a list, of which
 * the entries that are not choices are dropped. The stored form of a list is comma-separated.
 */
public final class SettingValues {

    private SettingValues() {
    }

    /** The value to store, or empty when the setting does not take it. */
    public static Optional<String> stored(SettingDefinitions.Definition definition, Map<String, String> options,
            SettingValue value) {
        return switch (definition.type()) {
            case "checkbox" -> Optional.ofNullable(value.text()).filter(text -> text.equals("yes") || text.equals("no"));
            case "multiselect" -> list(options, value);
            default -> Optional.ofNullable(value.text()).filter(options::containsKey);
        };
    }

    private static Optional<String> list(Map<String, String> options, SettingValue value) {
        if (value.list() == null) {
            // WooCommerce takes an empty value as "none"; anything else that is not a list is refused
            return value.text() != null && value.text().isEmpty() ? Optional.of("") : Optional.empty();
        }
        return Optional.of(String.join(",", value.list().stream().filter(options::containsKey).distinct().toList()));
    }

    /** The setting as the REST API shows it. */
    public static SettingView view(SettingDefinitions.Definition definition, Map<String, String> options,
            Map<String, String> values) {
        String value = values.getOrDefault(definition.id(), "");
        boolean multi = "multiselect".equals(definition.type());
        return new SettingView(definition.group(), definition.id(), definition.label(), definition.description(),
                definition.tip(), definition.type(), StoreOptions.DEFAULTS.getOrDefault(definition.id(), ""), options,
                multi ? "" : value, multi ? List.copyOf(StoreOptions.list(value)) : List.of());
    }
}
