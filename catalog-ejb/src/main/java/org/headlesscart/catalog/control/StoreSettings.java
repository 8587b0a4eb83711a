package org.headlesscart.catalog.control;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.headlesscart.catalog.model.CurrencyView;

/**
 * The store's details from configuration. The defaults live in this module's
 * {@code microprofile-config.properties}: Payara Server reads the EJB jars' files for an EAR but not the WAR's.
 */
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
    @Inject @ConfigProperty(name = "headlesscart.store.currency") String currencyCode;
    @Inject @ConfigProperty(name = "headlesscart.store.currency-symbol") String currencySymbol;
    @Inject @ConfigProperty(name = "headlesscart.store.currency-position") String currencyPosition;
    @Inject @ConfigProperty(name = "headlesscart.store.currency-decimals") int currencyDecimals;
    @Inject @ConfigProperty(name = "headlesscart.store.decimal-separator") String decimalSeparator;
    @Inject @ConfigProperty(name = "headlesscart.store.thousand-separator") String thousandSeparator;
    @Inject @ConfigProperty(name = "headlesscart.store.weight-unit") String weightUnit;
    @Inject @ConfigProperty(name = "headlesscart.store.dimension-unit") String dimensionUnit;

    public String title() { return title; }
    public String description() { return description.orElse(""); }
    public Optional<String> homeUrl() { return homeUrl; }
    public String language() { return language; }
    public BigDecimal gmtOffset() { return gmtOffset; }
    public String timezone() { return timezone; }
    public String address() { return address; }
    public String address2() { return address2.orElse(""); }
    public String city() { return city; }
    public String country() { return country; }
    public String postcode() { return postcode; }
    public int currencyDecimals() { return currencyDecimals; }
    public String weightUnit() { return weightUnit; }
    public String dimensionUnit() { return dimensionUnit; }

    /** The store's time zone: the zone id, else (WordPress also allows "UTC+2" and the like) the GMT offset. */
    public ZoneId zone() {
        try {
            return ZoneId.of(timezone);
        } catch (DateTimeException notAZoneId) {
            return ZoneOffset.ofTotalSeconds(gmtOffset.multiply(BigDecimal.valueOf(3600)).intValue());
        }
    }

    public CurrencyView currency() {
        return new CurrencyView(currencyCode, currencySymbol, currencyPosition, currencyDecimals, decimalSeparator,
                thousandSeparator);
    }
}
