package org.headlesscart.cart.model;

import java.util.Map;

/**
 * One cart write, as a cart route's parameters describe it (contract §2.2–2.12): what
 * {@link org.headlesscart.cart.boundary.CartService#apply} applies, several in one transaction, and what each single
 * write route runs on its own. The values are the request's, unchecked; the cart rules check them when the write is
 * applied.
 */
public sealed interface CartOperation {

    /** {@code POST /cart/add-item}. */
    record AddItem(AddItemCommand command) implements CartOperation {
    }

    /** {@code POST /cart/add-items}. */
    record AddItems(AddItemsCommand command) implements CartOperation {
    }

    /** {@code POST /cart/item/{item_key}}: a quantity of "0" removes the line. */
    record UpdateItem(String itemKey, String quantity) implements CartOperation {
    }

    /** {@code DELETE /cart/item/{item_key}}. */
    record RemoveItem(String itemKey) implements CartOperation {
    }

    /** {@code PUT/PATCH /cart/item/{item_key}}. */
    record RestoreItem(String itemKey) implements CartOperation {
    }

    /** {@code POST /cart/calculate}. */
    record Calculate() implements CartOperation {
    }

    /** {@code POST /cart/clear}. */
    record Clear(boolean keepRemovedItems) implements CartOperation {
    }

    /** {@code POST /cart/update}: the callback of the namespace, with the request's other parameters. */
    record Update(String namespace, Map<String, Object> params) implements CartOperation {

        public Update {
            params = params == null ? Map.of() : params;
        }
    }

    /** {@code POST cart/apply-coupon} (COCART-PLUS §1.2): {@code email} for e-mail-restricted coupons, or null. */
    record ApplyCoupon(String code, String email) implements CartOperation {
    }

    /** {@code DELETE cart/coupons/{code}}. */
    record RemoveCoupon(String code) implements CartOperation {
    }

    /** {@code DELETE cart/coupons}. */
    record RemoveCoupons() implements CartOperation {
    }

    /** {@code GET cart/coupons/validate}: invalid coupons removed for good; {@code email} or null. */
    record ValidateCoupons(String email) implements CartOperation {
    }

    /**
     * {@code POST cart/add-fee}.
     *
     * @param amount as the client sent it (a string or a number's text)
     */
    record AddFee(String name, String amount, boolean taxable, String taxClass) implements CartOperation {
    }

    /** {@code POST cart/remove-fees}. */
    record RemoveFees() implements CartOperation {
    }

    /** {@code POST cart/set-shipping-method}; {@code packageId} null or blank for every package. */
    record SetShippingMethod(String rateId, String packageId) implements CartOperation {
    }
}
