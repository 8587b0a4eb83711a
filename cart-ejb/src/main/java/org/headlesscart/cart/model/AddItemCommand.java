package org.headlesscart.cart.model;

import java.util.Map;

/**
 * {@code POST /cart/add-item} (contract §2.2), its values as the request gave them; the rules of §13 check them.
 *
 * @param id        product id, variation id or SKU
 * @param quantity  a number as text ("1" when not given); may be fractional
 * @param variation {@code attribute_pa_color} to value slug, empty when none
 * @param itemData  custom item data; values are strings, numbers, booleans, lists or maps
 * @param email     billing e-mail to capture when valid, else {@code null}
 * @param phone     billing phone to capture when valid, else {@code null}
 * @param price     custom unit price in major units, honoured only when the store allows it; else {@code null}
 */
public record AddItemCommand(String id, String quantity, Map<String, String> variation, Map<String, Object> itemData,
        String email, String phone, String price) {

    public AddItemCommand {
        variation = variation == null ? Map.of() : variation;
        itemData = itemData == null ? Map.of() : itemData;
        quantity = quantity == null ? "1" : quantity;
    }
}
