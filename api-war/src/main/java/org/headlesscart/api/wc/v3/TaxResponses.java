package org.headlesscart.api.wc.v3;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.UriInfo;

import org.headlesscart.pricing.model.TaxClass;
import org.headlesscart.pricing.model.TaxRate;

/** Tax rates and tax classes as WooCommerce REST v3 shows them ({@code wc/v3/taxes}, {@code taxes/classes}). */
final class TaxResponses {

    static final String TAXES = "taxes";
    static final String CLASSES = "taxes/classes";

    private TaxResponses() {
    }

    /**
     * A tax rate. {@code postcode} and {@code city} are WooCommerce's pre-5.3 single values: the last row of each,
     * as its v1 controller fills them; {@code rate} is the stored four-decimal string.
     */
    @JsonbPropertyOrder({"id", "country", "state", "postcode", "city", "rate", "name", "priority", "compound",
        "shipping", "order", "rateClass", "postcodes", "cities", "links"})
    public record Tax(long id, String country, String state, String postcode, String city, String rate, String name,
            int priority, boolean compound, boolean shipping, int order, @JsonbProperty("class") String rateClass,
            List<String> postcodes, List<String> cities,
            @JsonbProperty("_links") Map<String, List<Map<String, String>>> links) {

        static Tax from(TaxRate rate, UriInfo uri) {
            Map<String, List<Map<String, String>>> links = new LinkedHashMap<>();
            links.put("self", Links.href(uri, TAXES + "/" + rate.id()));
            links.put("collection", Links.href(uri, TAXES));
            return new Tax(rate.id(), rate.country(), rate.state(), last(rate.postcodes()), last(rate.cities()),
                    rate.rate().setScale(4).toPlainString(), rate.name(), rate.priority(), rate.compound(),
                    rate.shipping(), rate.order(), rate.taxClass().isEmpty() ? "standard" : rate.taxClass(),
                    rate.postcodes(), rate.cities(), links);
        }

        private static String last(List<String> codes) {
            return codes.isEmpty() ? "" : codes.get(codes.size() - 1);
        }
    }

    /** A tax class; Standard is {@code standard} / "Standard rate" on this API. */
    @JsonbPropertyOrder({"slug", "name", "links"})
    public record Class(String slug, String name, @JsonbProperty("_links") Map<String, List<Map<String, String>>> links) {

        static Class from(TaxClass taxClass, UriInfo uri) {
            boolean standard = taxClass.slug().isEmpty();
            return new Class(standard ? "standard" : taxClass.slug(), standard ? "Standard rate" : taxClass.name(),
                    Map.of("collection", Links.href(uri, CLASSES)));
        }
    }
}
