package org.headlesscart.api.wc.v3;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.UriInfo;

import org.headlesscart.pricing.model.ShippingMethodType;
import org.headlesscart.pricing.model.ShippingZone;

/** Shipping zones, their locations and methods, and the method types, as WooCommerce REST v3 shows them. */
final class ShippingResponses {

    static final String ZONES = "shipping/zones";
    static final String METHODS = "shipping_methods";

    private ShippingResponses() {
    }

    @JsonbPropertyOrder({"id", "name", "order", "links"})
    public record Zone(long id, String name, int order,
            @JsonbProperty("_links") Map<String, List<Map<String, String>>> links) {

        static Zone from(ShippingZone zone, UriInfo uri) {
            String self = ZONES + "/" + zone.id();
            Map<String, List<Map<String, String>>> links = new LinkedHashMap<>();
            links.put("self", Links.href(uri, self));
            links.put("collection", Links.href(uri, ZONES));
            links.put("describedby", Links.href(uri, self + "/locations"));
            return new Zone(zone.id(), zone.name(), zone.order(), links);
        }
    }

    @JsonbPropertyOrder({"code", "type", "links"})
    public record Location(String code, String type,
            @JsonbProperty("_links") Map<String, List<Map<String, String>>> links) {

        static Location from(ShippingZone.Location location, long zoneId, UriInfo uri) {
            Map<String, List<Map<String, String>>> links = new LinkedHashMap<>();
            links.put("collection", Links.href(uri, ZONES + "/" + zoneId + "/locations"));
            links.put("describes", Links.href(uri, ZONES + "/" + zoneId));
            return new Location(location.code(), location.type(), links);
        }
    }

    @JsonbPropertyOrder({"id", "instanceId", "title", "order", "enabled", "methodId", "methodTitle",
        "methodDescription", "settings", "links"})
    public record Method(long id, long instanceId, String title, int order, boolean enabled, String methodId,
            String methodTitle, String methodDescription, Map<String, Map<String, Object>> settings,
            @JsonbProperty("_links") Map<String, List<Map<String, String>>> links) {

        static Method from(ShippingZone.Method method, ShippingMethodType type, long zoneId, UriInfo uri) {
            Map<String, String> values = type.valuesOf(method.settings());
            Map<String, Map<String, Object>> settings = new LinkedHashMap<>();
            type.fields().forEach(f -> settings.put(f.id(), setting(f, values.get(f.id()))));
            String zone = ZONES + "/" + zoneId;
            Map<String, List<Map<String, String>>> links = new LinkedHashMap<>();
            links.put("self", Links.href(uri, zone + "/methods/" + method.instanceId()));
            links.put("collection", Links.href(uri, zone + "/methods"));
            links.put("describes", Links.href(uri, zone));
            return new Method(method.instanceId(), method.instanceId(), values.get("title"), method.order(),
                    method.enabled(), type.id(), type.title(), type.description(), settings, links);
        }
    }

    /**
     * One setting of a method instance with its form field's words, as a map: WooCommerce sends {@code options}
     * for a select only, and records would write it as {@code null}.
     */
    static Map<String, Object> setting(ShippingMethodType.Field field, String value) {
        Map<String, Object> setting = new LinkedHashMap<>();
        setting.put("id", field.id());
        setting.put("label", field.label());
        setting.put("description", field.description());
        setting.put("type", field.type());
        setting.put("value", value);
        setting.put("default", field.defaultValue());
        setting.put("tip", field.description());
        setting.put("placeholder", field.placeholder());
        if (!field.options().isEmpty()) {
            setting.put("options", field.options());
        }
        return setting;
    }

    @JsonbPropertyOrder({"id", "title", "description", "links"})
    public record MethodType(String id, String title, String description,
            @JsonbProperty("_links") Map<String, List<Map<String, String>>> links) {

        static MethodType from(ShippingMethodType type, UriInfo uri) {
            Map<String, List<Map<String, String>>> links = new LinkedHashMap<>();
            links.put("self", Links.href(uri, METHODS + "/" + type.id()));
            links.put("collection", Links.href(uri, METHODS));
            return new MethodType(type.id(), type.title(), type.description(), links);
        }
    }
}
