package org.headlesscart.api.cocart.v2.store;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The store details of {@code GET /store}, from configuration ({@code headlesscart.store.*}). */
@ApplicationScoped
public class StoreSettings {

    @Inject @ConfigProperty(name = "headlesscart.store.title") String title;
    // Optional: MicroProfile Config treats an empty value as missing, and these are often empty.
    @Inject @ConfigProperty(name = "headlesscart.store.description") Optional<String> description;
    @Inject @ConfigProperty(name = "headlesscart.store.home-url") Optional<String> homeUrl;
    @Inject @ConfigProperty(name = "headlesscart.store.language") String language;
    @Inject @ConfigProperty(name = "headlesscart.store.gmt-offset") BigDecimal gmtOffset;
    @Inject @ConfigProperty(name = "headlesscart.store.timezone") String timezone;
    @Inject @ConfigProperty(name = "headlesscart.store.address") String address;
    @Inject @ConfigProperty(name = "headlesscart.store.address-2") Optional<String> address2;
    @Inject @ConfigProperty(name = "headlesscart.store.city") String city;
    @Inject @ConfigProperty(name = "headlesscart.store.country") String country;
    @Inject @ConfigProperty(name = "headlesscart.store.postcode") String postcode;

    /**
     * The store as CoCart shows it. Without a configured home URL the store's own origin is used, which is what
     * WordPress's home URL is for a site served at its root.
     */
    StoreResponse toResponse(URI requestBase) {
        String home = homeUrl.orElseGet(() -> origin(requestBase));
        return new StoreResponse(title, description.orElse(""), home, language, plainNumber(gmtOffset), timezone,
                new StoreResponse.Address(address, address2.orElse(""), city, country, postcode));
    }

    static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** PHP writes a whole float as an integer ({@code 0}, not {@code 0.0}); fractions stay ({@code 5.5}). */
    static Number plainNumber(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 0 ? (Number) stripped.longValueExact() : stripped;
    }
}
