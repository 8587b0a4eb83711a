package org.headlesscart.api.wc.v3;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import org.headlesscart.pricing.model.SettingView;

/**
 * WooCommerce's REST setting object ({@code wc/v3/settings/{group}/{id}}), in its field order: {@code tip} and
 * {@code options} only when the setting has them (an explicit {@code @JsonbProperty} leaves nulls out), {@code value}
 * a list for a multiselect.
 */
@JsonbPropertyOrder({"id", "label", "description", "type", "defaultValue", "tip", "options", "value", "links"})
public record SettingResponse(String id, String label, String description, String type,
        @JsonbProperty("default") Object defaultValue, @JsonbProperty("tip") String tip,
        @JsonbProperty("options") Map<String, String> options, Object value,
        @JsonbProperty("_links") Map<String, List<Map<String, String>>> links) {

    static SettingResponse from(SettingView view, String self, String collection) {
        Map<String, List<Map<String, String>>> links = new LinkedHashMap<>();
        links.put("self", List.of(Map.of("href", self)));
        links.put("collection", List.of(Map.of("href", collection)));
        return new SettingResponse(view.id(), view.label(), view.description(), view.type(),
                view.isMulti() ? List.of() : view.defaultValue(), view.tip().isEmpty() ? null : view.tip(),
                view.options().isEmpty() ? null : view.options(), view.isMulti() ? view.values() : view.value(), links);
    }
}
