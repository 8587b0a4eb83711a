package org.headlesscart.api.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The bodies of the tax and shipping admin writes ({@code wc/v3/taxes}, {@code taxes/classes},
 * {@code shipping/zones} with locations and methods; docs/tax-and-shipping-admin.md), with the fields their readers
 * take. Every field is optional on an update.
 */
final class TaxShippingRequestDocs {

    static final String TAX = "TaxWrite";
    static final String TAX_BATCH = "TaxBatchWrite";
    static final String TAX_CLASS = "TaxClassWrite";
    static final String ZONE = "ShippingZoneWrite";
    static final String ZONE_LOCATIONS = "ShippingZoneLocationsWrite";
    static final String ZONE_METHOD = "ShippingZoneMethodWrite";

    private TaxShippingRequestDocs() {
    }

    static void addTo(Map<String, Schema> schemas) {
        Schema tax = tax();
        schemas.put(TAX, tax);
        schemas.put(TAX_BATCH, Schemas.object("Up to 100 items in all.")
                .addProperty("create", Schemas.array(Schemas.ref(TAX), null))
                .addProperty("update", Schemas.array(Schemas.ref(TAX), "Each with its id."))
                .addProperty("delete", Schemas.array(Schemas.integer(null), "Rate ids; deleted for good.")));
        schemas.put(TAX_CLASS, Schemas.object("A tax class; its slug is made from the name.")
                .addProperty("name", Schemas.string(null)).required(List.of("name")));
        schemas.put(ZONE, Schemas.object("A shipping zone; name is required to create.")
                .addProperty("name", Schemas.string(null))
                .addProperty("order", Schemas.integer("Zones are matched by order, then id.")));
        schemas.put(ZONE_LOCATIONS, Schemas.array(Schemas.object(null)
                .addProperty("code", Schemas.string("US, US:CA, NA, or a postcode pattern (9021*, 90210...90299)."))
                .addProperty("type", Schemas.string("country (default), state, continent or postcode.")),
                "The zone's locations, all of them."));
        schemas.put(ZONE_METHOD, Schemas.object("A method instance; method_id is required to create.")
                .addProperty("method_id", Schemas.string("flat_rate, free_shipping or local_pickup."))
                .addProperty("settings", Schemas.map(Schemas.string(null), "Setting ids to values, e.g. "
                        + "{\"cost\": \"5 + [qty]\"}; see wc/v3/shipping_methods and the instance's settings."))
                .addProperty("enabled", Schemas.bool(null))
                .addProperty("order", Schemas.integer(null)));
    }

    private static Schema tax() {
        return Schemas.object("A tax rate, as WooCommerce's REST API v3.")
                .addProperty("id", Schemas.integer("In a batch update only."))
                .addProperty("country", Schemas.string("ISO 3166 code; blank or * for any."))
                .addProperty("state", Schemas.string("State code; blank or * for any."))
                .addProperty("postcodes", Schemas.array(Schemas.string(null), "Patterns: 90210, 9021*, "
                        + "90210...90299."))
                .addProperty("cities", Schemas.array(Schemas.string(null), null))
                .addProperty("postcode", Schemas.string("Before WooCommerce 5.3: values separated by ;."))
                .addProperty("city", Schemas.string("Before WooCommerce 5.3: values separated by ;."))
                .addProperty("rate", Schemas.string("Percent, e.g. \"20.0000\"."))
                .addProperty("name", Schemas.string(null))
                .addProperty("priority", Schemas.integer(null))
                .addProperty("compound", Schemas.bool(null))
                .addProperty("shipping", Schemas.bool(null))
                .addProperty("order", Schemas.integer(null))
                .addProperty("class", Schemas.string("standard or a class slug."));
    }
}
