package org.headlesscart.pricing.control.zones;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.headlesscart.pricing.model.ShippingMethodType;

/**
 * Checks settings sent for a method instance against its form, as WooCommerce's zone methods controller does
 * ({@code validate_setting_*_field}): a select takes one of its options, a checkbox {@code yes}/{@code no}, a price
 * a number; text is kept as sent. Unknown keys are ignored, as WooCommerce ignores them, except the flat rate's
 * per-shipping-class keys, which its form has once shipping classes exist.
 */
public final class MethodSettings {

    static final int MAX_VALUE = 1000;
    private static final Pattern CLASS_KEYS = Pattern.compile("class_cost_\\d+|no_class_cost|type");
    private static final Pattern PRICE = Pattern.compile("\\d{0,12}(\\.\\d{0,6})?");

    private MethodSettings() {
    }

    /** @return the values to store, or {@code null} when one of them is invalid */
    public static Map<String, String> accepted(ShippingMethodType type, Map<String, String> sent) {
        Map<String, String> accepted = new LinkedHashMap<>();
        for (Map.Entry<String, String> setting : sent.entrySet()) {
            String key = setting.getKey();
            String value = setting.getValue() == null ? "" : setting.getValue().trim();
            ShippingMethodType.Field field = type.field(key);
            if (field == null) {
                if ("flat_rate".equals(type.id()) && CLASS_KEYS.matcher(key).matches()) {
                    if (value.length() > MAX_VALUE || "type".equals(key) && !value.matches("class|order")) {
                        return null;
                    }
                    accepted.put(key, value);
                }
                continue;
            }
            if (!valid(field, value)) {
                return null;
            }
            accepted.put(key, value);
        }
        return accepted;
    }

    private static boolean valid(ShippingMethodType.Field field, String value) {
        if (value.length() > MAX_VALUE) {
            return false;
        }
        return switch (field.type()) {
            case "select" -> field.options().containsKey(value);
            case "checkbox" -> "yes".equals(value) || "no".equals(value);
            case "price" -> value.isEmpty() || PRICE.matcher(value).matches() && !".".equals(value)
                    && new BigDecimal(value.startsWith(".") ? "0" + value : value).signum() >= 0;
            default -> true;
        };
    }
}
