package org.headlesscart.cart.model;

import java.util.Map;

/**
 * {@code POST /cart/add-items} (contract §2.3): a grouped product and a quantity per child.
 *
 * @param id         the grouped product's id or SKU
 * @param quantities child product id to quantity as text, in the request's order
 */
public record AddItemsCommand(String id, Map<String, String> quantities, String email, String phone) {

    public AddItemsCommand {
        quantities = quantities == null ? Map.of() : quantities;
    }
}
