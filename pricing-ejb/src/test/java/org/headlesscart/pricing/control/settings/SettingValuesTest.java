package org.headlesscart.pricing.control.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.headlesscart.pricing.model.SettingValue;
import org.headlesscart.pricing.model.TaxClass;
import org.junit.jupiter.api.Test;

class SettingValuesTest {

    @Test
    void aCheckboxTakesYesOrNo() {
        SettingDefinitions.Definition rounding = SettingDefinitions.find("tax", StoreOptions.ROUND_AT_SUBTOTAL)
                .orElseThrow();
        assertEquals(Optional.of("yes"), SettingValues.stored(rounding, Map.of(), SettingValue.of("yes")));
        assertEquals(Optional.empty(), SettingValues.stored(rounding, Map.of(), SettingValue.of("true")));
        assertEquals(Optional.empty(), SettingValues.stored(rounding, Map.of(), new SettingValue(null, null)));
    }

    @Test
    void aSelectTakesOneOfItsChoicesAndTheShippingTaxClassTheStoresClasses() {
        SettingDefinitions.Definition shippingClass = SettingDefinitions.find("tax", StoreOptions.SHIPPING_TAX_CLASS)
                .orElseThrow();
        Map<String, String> options = SettingDefinitions.options(shippingClass,
                List.of(new TaxClass("reduced-rate", "Reduced rate")));
        assertEquals(List.of("inherit", "", "reduced-rate"), List.copyOf(options.keySet()));
        assertEquals(Optional.of("reduced-rate"), SettingValues.stored(shippingClass, options,
                SettingValue.of("reduced-rate")));
        assertEquals(Optional.empty(), SettingValues.stored(shippingClass, options, SettingValue.of("zero-rate")));
    }

    @Test
    void aMultiselectKeepsItsKnownChoicesInOrder() {
        SettingDefinitions.Definition countries = SettingDefinitions.find("general", StoreOptions.SPECIFIC_SHIP_TO)
                .orElseThrow();
        Map<String, String> options = SettingDefinitions.options(countries, List.of());
        assertEquals("United Kingdom", options.get("GB"));
        assertEquals(Optional.of("US,GB"), SettingValues.stored(countries, options,
                SettingValue.ofList(List.of("US", "XX", "GB", "US"))));
        assertEquals(Optional.of(""), SettingValues.stored(countries, options, SettingValue.of("")));
        assertEquals(Optional.empty(), SettingValues.stored(countries, options, SettingValue.of("US")));
        assertEquals(List.of("US", "GB"), SettingValues.view(countries, options,
                Map.of(StoreOptions.SPECIFIC_SHIP_TO, "US,GB")).values());
    }
}
