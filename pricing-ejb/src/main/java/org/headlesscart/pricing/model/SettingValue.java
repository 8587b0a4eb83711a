package org.headlesscart.pricing.model;

import java.util.List;

/**
 * A setting's new value as sent: text ({@code "yes"}, {@code "incl"}) or, for a multiselect, a list. Exactly one
 * is not {@code null}; booleans arrive as {@code yes}/{@code no}.
 */
public record SettingValue(String text, List<String> list) {

    public static SettingValue of(String text) {
        return new SettingValue(text, null);
    }

    public static SettingValue ofList(List<String> list) {
        return new SettingValue(null, List.copyOf(list));
    }
}
