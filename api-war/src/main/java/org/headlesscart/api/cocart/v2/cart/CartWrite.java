package org.headlesscart.api.cocart.v2.cart;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import jakarta.ws.rs.core.Response;

import org.headlesscart.cart.model.AddItemCommand;
import org.headlesscart.cart.model.AddItemsCommand;
import org.headlesscart.cart.model.CartChange;
import org.headlesscart.cart.model.CartOperation;
import org.headlesscart.cart.model.CartRef;
import org.headlesscart.cart.boundary.CartService;
import org.headlesscart.cart.model.CartView;

/**
 * One write to a cart route (contract §2.2–2.12), read from its arguments: the cart operation and how the route
 * answers ({@code return_item}, {@code return_items}, {@code return_status}, {@code return_totals}). The single
 * routes and both batch routes read their arguments here, so a sub-request of a batch is held to exactly the rules
 * of the route it names. Each factory checks the route's arguments as WordPress does: missing ones throw
 * {@code MissingParamException}, bad ones {@code InvalidParamException} (with the call's own {@code fields},
 * {@code thumb} and {@code default} problems).
 */
final class CartWrite {

    private final CartOperation operation;
    private final BiFunction<CartResponses, CartChange, Response> answer;

    private CartWrite(CartOperation operation, BiFunction<CartResponses, CartChange, Response> answer) {
        this.operation = operation;
        this.answer = answer;
    }

    /** Whether the write applies a coupon: a batch counts it in the coupon rate limit, as the route would. */
    boolean appliesCoupon() {
        return operation() instanceof CartOperation.ApplyCoupon;
    }

    CartOperation operation() {
        return operation;
    }

    static CartWrite addItem(CartParams p) {
        p.require("id");
        AddItemCommand command = new AddItemCommand(p.string("id"), p.string("quantity"), p.textMap("variation"),
                p.object("item_data"), p.string("email"), p.string("phone"), p.string("price"));
        boolean returnItem = p.bool("return_item", false);
        p.throwIfAny();
        return new CartWrite(new CartOperation.AddItem(command), (answers, change) -> returnItem
                && !change.itemKeys().isEmpty() ? answers.item(change.cart(), change.changedLines().get(0))
                        : answers.cart(change.cart()));
    }

    static CartWrite addItems(CartParams p) {
        p.require("quantity");
        AddItemsCommand command = new AddItemsCommand(p.string("id"), p.textMap("quantity"), p.string("email"),
                p.string("phone"));
        boolean returnItems = p.bool("return_items", false);
        p.throwIfAny();
        return new CartWrite(new CartOperation.AddItems(command), (answers, change) -> returnItems
                ? answers.items(change.cart(), change.changedLines(), false) : answers.cart(change.cart()));
    }

    static CartWrite updateItem(CartParams p, String itemKey) {
        p.require("quantity");
        String quantity = p.string("quantity");
        boolean returnStatus = p.bool("return_status", false);
        p.throwIfAny();
        return new CartWrite(new CartOperation.UpdateItem(itemKey, quantity), (answers, change) -> returnStatus
                ? answers.status(change.cart(), change.message(), change.quantity()) : answers.cart(change.cart()));
    }

    static CartWrite removeItem(CartParams p, String itemKey) {
        boolean returnStatus = p.bool("return_status", false);
        p.throwIfAny();
        return new CartWrite(new CartOperation.RemoveItem(itemKey), (answers, change) -> returnStatus
                ? answers.status(change.cart(), change.message(), null) : answers.cart(change.cart()));
    }

    static CartWrite restoreItem(CartParams p, String itemKey) {
        boolean returnItem = p.bool("return_item", false);
        p.throwIfAny();
        return new CartWrite(new CartOperation.RestoreItem(itemKey), (answers, change) -> returnItem
                && !change.itemKeys().isEmpty() ? answers.item(change.cart(), change.changedLines().get(0))
                        : answers.cart(change.cart()));
    }

    static CartWrite calculate(CartParams p) {
        boolean returnTotals = p.bool("return_totals", false);
        p.throwIfAny();
        return new CartWrite(new CartOperation.Calculate(), (answers, change) -> returnTotals
                ? answers.totals(change.cart(), false) : answers.cart(change.cart()));
    }

    static CartWrite clear(CartParams p) {
        boolean keepRemoved = p.bool("keep_removed_items", false);
        p.throwIfAny();
        return new CartWrite(new CartOperation.Clear(keepRemoved), (answers, change) -> answers.cart(change.cart()));
    }

    static CartWrite update(CartParams p) {
        String namespace = p.string("namespace");
        Map<String, Object> params = p.all();
        params.remove("namespace");
        p.throwIfAny();
        String chosen = namespace == null ? "" : namespace;     // "There is no such namespace registered: ." (62)
        return new CartWrite(new CartOperation.Update(chosen, params),
                (answers, change) -> answers.cart(change.cart()));
    }

    /** {@code POST cart/apply-coupon} (COCART-PLUS decision 3: {@code code} or {@code coupon}). */
    static CartWrite applyCoupon(CartParams p) {
        String code = p.has("code") ? p.string("code") : p.string("coupon");
        String email = p.string("email");
        p.throwIfAny();
        return plus(new CartOperation.ApplyCoupon(code, email));
    }

    /** {@code DELETE cart/coupons/{code}}: the code as the path decodes it. */
    static CartWrite removeCoupon(CartParams p, String code) {
        p.throwIfAny();
        return plus(new CartOperation.RemoveCoupon(code));
    }

    /** {@code DELETE cart/coupons}. */
    static CartWrite removeCoupons(CartParams p) {
        p.throwIfAny();
        return plus(new CartOperation.RemoveCoupons());
    }

    /** {@code GET cart/coupons/validate}: a write by contract (invalid coupons are removed). */
    static CartWrite validateCoupons(CartParams p) {
        String email = p.string("email");
        p.throwIfAny();
        return plus(new CartOperation.ValidateCoupons(email));
    }

    /** {@code POST cart/add-fee}: {@code amount} a string or a JSON number (decision 3). */
    static CartWrite addFee(CartParams p) {
        String name = p.string("name");
        String amount = p.textOrNumber("amount");
        boolean taxable = p.bool("taxable", false);
        String taxClass = p.string("tax_class");
        p.throwIfAny();
        return plus(new CartOperation.AddFee(name, amount, taxable, taxClass));
    }

    /** {@code POST cart/remove-fees}. */
    static CartWrite removeFees(CartParams p) {
        p.throwIfAny();
        return plus(new CartOperation.RemoveFees());
    }

    /** {@code POST cart/set-shipping-method}: {@code rate_id}, {@code method_key} or {@code key} (decision 3). */
    static CartWrite setShippingMethod(CartParams p) {
        String rateId = p.has("rate_id") ? p.string("rate_id") : p.has("method_key") ? p.string("method_key")
                : p.string("key");
        String packageId = p.textOrNumber("package_id");
        p.throwIfAny();
        return plus(new CartOperation.SetShippingMethod(rateId, packageId));
    }

    private static CartWrite plus(CartOperation operation) {
        return new CartWrite(operation, (answers, change) -> answers.cart(change.cart()));
    }

    /** Runs this write alone, through the single route's boundary method: one transaction. */
    CartChange run(CartService carts, CartRef ref) {
        if (operation instanceof CartOperation.AddItem add) {
            return carts.addItem(ref, add.command());
        }
        if (operation instanceof CartOperation.AddItems add) {
            return carts.addItems(ref, add.command());
        }
        if (operation instanceof CartOperation.UpdateItem update) {
            return carts.updateItem(ref, update.itemKey(), update.quantity());
        }
        if (operation instanceof CartOperation.RemoveItem remove) {
            return carts.removeItem(ref, remove.itemKey());
        }
        if (operation instanceof CartOperation.RestoreItem restore) {
            return carts.restoreItem(ref, restore.itemKey());
        }
        if (operation instanceof CartOperation.Clear clear) {
            return changed(carts.clear(ref, clear.keepRemovedItems()));
        }
        if (operation instanceof CartOperation.Update update) {
            return changed(carts.update(ref, update.namespace(), update.params()));
        }
        if (operation instanceof CartOperation.Calculate) {
            return changed(carts.calculate(ref));
        }
        return changed(carts.plus(ref, operation));
    }

    private static CartChange changed(CartView cart) {
        return new CartChange(cart, List.of(), null, null);
    }

    /** The route's answer to the write: the cart, or what its {@code return_*} argument asks for. */
    Response answer(CartCall call, CartChange change) {
        return answer.apply(call.responses(), change);
    }
}
