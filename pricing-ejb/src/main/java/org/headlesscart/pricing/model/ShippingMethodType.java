package org.headlesscart.pricing.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A shipping method the store offers in zones, with WooCommerce's title, description and instance settings form
 * ({@code get_instance_form_fields}): what {@code wc/v3/shipping_methods} lists and what a zone method's
 * {@code settings} answer shows and accepts.
 */
public record ShippingMethodType(String id, String title, String description, List<Field> fields) {

    public ShippingMethodType {
        fields = List.copyOf(fields);
    }

    /**
     * One setting of the form.
     *
     * @param type    {@code text}, {@code price}, {@code select} or {@code checkbox}
     * @param options a select's values to their labels, in order; empty otherwise
     */
    public record Field(String id, String label, String description, String type, String defaultValue,
            String placeholder, Map<String, String> options) {

        public Field {
            options = options == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
        }
    }

    /** The instance's settings as shown: every field, stored value or default. */
    public Map<String, String> valuesOf(Map<String, String> stored) {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach(f -> values.put(f.id(), stored.getOrDefault(f.id(), f.defaultValue())));
        return values;
    }

    public Field field(String id) {
        return fields.stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
    }
}
