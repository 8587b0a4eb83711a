package org.headlesscart.api.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.TreeMap;

import jakarta.json.bind.annotation.JsonbProperty;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class OpenApiFilterTest {

    @Test
    void pathTemplatesLoseTheirRegularExpressions() {
        assertEquals("/wp-json/cocart/v2/cart/item/{item_key}",
                OpenApiFilter.plainTemplate("/wp-json/cocart/v2/cart/item/{item_key: \\w+}"));
        assertEquals("/wp-json/wc/v3/products/{id}/variations/{variation}",
                OpenApiFilter.plainTemplate("/wp-json/wc/v3/products/{id: \\d+}/variations/{variation: \\d+}"));
        assertEquals("/wp-json/cocart/v2/products/{id}", OpenApiFilter.plainTemplate("/wp-json/cocart/v2/products/{id: [\\w-]+}"));
        assertEquals("/wp-json/cocart/v2/store", OpenApiFilter.plainTemplate("/wp-json/cocart/v2/store"));
    }

    @Test
    void propertiesAreNamedAsJsonbWritesThem() {
        assertEquals("date_created_gmt", OpenApiFilter.snakeCase("dateCreatedGmt"));
        assertEquals("menu_order", OpenApiFilter.snakeCase("menuOrder"));
        assertEquals("cart_key", OpenApiFilter.snakeCase("cart_key"));
        assertEquals("is_paying_customer", OpenApiFilter.snakeCase("payingCustomer"));
    }

    /** A record component whose @JsonbProperty is not the snake_case of its name must be in WIRE_NAMES. */
    @Test
    void everyWireNameOutsideTheRuleIsKnownToTheFilter() throws NoSuchFieldException {
        Map<String, String> outsideTheRule = new TreeMap<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.headlesscart.api")) {
            Class<?> record = type.reflect();
            if (!record.isRecord()) {
                continue;
            }
            for (RecordComponent component : record.getRecordComponents()) {
                // @JsonbProperty does not target record components: it lands on the field.
                JsonbProperty wire = record.getDeclaredField(component.getName()).getAnnotation(JsonbProperty.class);
                String rule = component.getName().replaceAll("(?<=[a-z0-9])([A-Z])", "_$1").toLowerCase();
                if (wire != null && !wire.value().equals(rule)) {
                    outsideTheRule.put(component.getName(), wire.value());
                }
            }
        }
        assertEquals(outsideTheRule, new TreeMap<>(OpenApiFilter.WIRE_NAMES));
    }
}
