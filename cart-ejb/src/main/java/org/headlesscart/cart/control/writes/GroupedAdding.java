package org.headlesscart.cart.control.writes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.headlesscart.cart.control.Adding;
import org.headlesscart.cart.control.CartLines;
import org.headlesscart.cart.control.ContactCapture;
import org.headlesscart.cart.control.LockedCart;
import org.headlesscart.cart.control.Quantities;
import org.headlesscart.cart.control.Refusal;
import org.headlesscart.cart.control.Refusal.Reason;
import org.headlesscart.cart.control.session.CartProducts;
import org.headlesscart.cart.model.AddItemsCommand;
import org.headlesscart.catalog.model.Purchasable;

/**
 * {@code POST /cart/add-items} (contract §2.3, §13.4): the children of a grouped product, each added exactly as
 * add-item would add it; the first child that fails refuses the whole request, and nothing is stored.
 */
final class GroupedAdding {

    private final CartProducts products;

    GroupedAdding(CartProducts products) {
        this.products = products;
    }

    /** The group and its children checked before the cart is locked; the lines are added by the step. */
    CartWrites.Step prepare(AddItemsCommand command) {
        Purchasable group = products.resolve(command.id());
        if (command.quantities().isEmpty()) {
            throw new Refusal(Reason.GROUPED_PRODUCT_EMPTY, "No quantities were provided for the grouped product.");
        }
        Map<Purchasable, BigDecimal> wanted = children(group, command.quantities());
        if (wanted.isEmpty()) {
            throw new Refusal(Reason.GROUPED_PRODUCT_FAILED,
                    "Please choose the quantity of items you wish to add to your cart\u2026");
        }
        return CartWrites.Step.creating(wanted.keySet().stream().map(Purchasable::id).toList(),
                locked -> add(locked, wanted, command));
    }

    private CartWrites.Outcome add(LockedCart locked, Map<Purchasable, BigDecimal> wanted, AddItemsCommand command) {
        List<String> keys = new ArrayList<>();
        List<String> names = new ArrayList<>();
        wanted.forEach((child, quantity) -> {
            keys.add(CartLines.add(locked, child, Map.of(), Map.of(), quantity, null));
            names.add("\u201c" + child.title() + "\u201d");
        });
        ContactCapture.apply(locked.cart().getCustomer(), command.email(), command.phone());
        locked.notices().success(sentence(names) + (names.size() == 1 ? " has" : " have")
                + " been added to your cart.");
        return new CartWrites.Outcome(keys, null, null);
    }

    /** The children with a positive quantity, each checked as add-item checks a product. */
    private Map<Purchasable, BigDecimal> children(Purchasable group, Map<String, String> quantities) {
        Map<Purchasable, BigDecimal> wanted = new LinkedHashMap<>();
        quantities.forEach((id, text) -> {
            BigDecimal quantity = Quantities.parse(text);
            if (quantity.signum() <= 0) {
                return;
            }
            Purchasable child = products.resolve(id);
            if (!group.children().isEmpty() && !group.children().contains(child.id())) {
                throw new Refusal(Reason.INVALID_PRODUCT, "This product cannot be added to the cart.");
            }
            Quantities.checkBounds(quantity, child.minPurchase(), child.maxPurchase());
            Adding.checkType(child);
            if (child.isVariable()) {
                throw new Refusal(Reason.NO_VARIATION_FOUND, "No matching variation found.");
            }
            wanted.put(child, quantity);
        });
        return wanted;
    }

    /** "“A”", "“A” and “B”", "“A”, “B” and “C”", as WooCommerce lists added products. */
    private static String sentence(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
