package org.headlesscart.pricing.model;

import java.util.List;

/**
 * A shipping zone (COCART-PLUS §3.3). Zone 0, "Locations not covered by your other zones", has no locations and
 * is matched last.
 *
 * @param order     {@code zone_order}; zones are tried by order, then id
 * @param locations regions and postcodes; a zone without region rows matches any region
 * @param methods   in method order
 */
public record ShippingZone(long id, String name, int order, List<Location> locations, List<Method> methods) {

    public ShippingZone {
        locations = List.copyOf(locations);
        methods = List.copyOf(methods);
    }

    /**
     * @param code {@code US}, {@code US:CA}, {@code NA}, or a postcode pattern
     * @param type {@code country}, {@code state}, {@code continent} or {@code postcode}
     */
    public record Location(String code, String type) {
    }

    /**
     * A method instance of the zone; its rate id is {@code methodId:instanceId}.
     *
     * @param methodId   {@code flat_rate}, {@code free_shipping} or {@code local_pickup}
     * @param settings   WooCommerce's setting ids to values: {@code title}, {@code tax_status}, {@code cost},
     *                   {@code class_cost_<id>}, {@code no_class_cost}, {@code type} (flat rate); {@code requires},
     *                   {@code min_amount}, {@code ignore_discounts} (free shipping)
     */
    public record Method(long instanceId, String methodId, boolean enabled, int order,
            java.util.Map<String, String> settings) {

        public Method {
            settings = java.util.Map.copyOf(settings);
        }

        public String rateId() {
            return methodId + ":" + instanceId;
        }

        public String setting(String id, String fallback) {
            return settings.getOrDefault(id, fallback);
        }
    }
}
