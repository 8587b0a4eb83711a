/**
 * The cart component: carts under their keys, for guests and for logged-in users, with lines of catalog products
 * checked against the catalog as it is now, totals in minor units and the notices of each request; CoCart's cart
 * routes 1–13 (contract §2).
 *
 * <p>Operations: the cart as shown and its stamp, add-item, add-items, update, remove and restore an item, calculate,
 * clear, the {@code cart/update} callbacks ({@code update-cart}, {@code update-customer} and any
 * {@code CartUpdateCallback} bean) and the batch of them in one transaction ({@code CartService}); every write locks
 * the cart row first and may be conditional on If-Match and an Idempotency-Key. Carts in session, their deletion and
 * the operators' figures ({@code CartAdminService}); expired carts and Idempotency-Keys deleted on a timer
 * ({@code CartCleanup}, {@code headlesscart.cart.cleanup-*}); a deleted account's cart deleted with it.
 *
 * <p>Failure reasons ({@link org.headlesscart.cart.boundary.CartFailure}) and their wire codes: INVALID_CART_KEY and
 * INVALID_PARAM → 400 {@code rest_invalid_param}; MUST_AUTHENTICATE_USER → 403 {@code cocart_must_authenticate_user};
 * PRODUCT_ID_REQUIRED → 404 {@code cocart_product_id_required}; UNKNOWN_PRODUCT_ID → 404
 * {@code cocart_unknown_product_id}; INVALID_PRODUCT → 400 {@code cocart_invalid_product}; QUANTITY_NOT_NUMERIC → 405
 * {@code cocart_quantity_not_numeric}; QUANTITY_INVALID_AMOUNT → 405 {@code cocart_quantity_invalid_amount};
 * NO_VARIATION_FOUND → 404 {@code cocart_no_variation_found}; INVALID_VARIATION_DATA → 400
 * {@code cocart_invalid_variation_data}; MISSING_VARIATION_DATA → 400 {@code cocart_missing_variation_data};
 * INVALID_PARENT_PRODUCT → 404 {@code cocart_cart_invalid_parent_product}; PRODUCT_FAILED_VALIDATION → 400
 * {@code cocart_product_failed_validation}; CANNOT_ADD_PRODUCT_TYPE → 403
 * {@code cocart_cannot_add_product_type_to_cart}; SOLD_INDIVIDUALLY → 403 {@code cocart_product_sold_individually};
 * CANNOT_BE_PURCHASED → 400 {@code cocart_cannot_be_purchased}; OUT_OF_STOCK → 404
 * {@code cocart_product_out_of_stock}; NOT_ENOUGH_IN_STOCK → 404 {@code cocart_not_enough_in_stock};
 * NOT_ENOUGH_STOCK_REMAINING → 404 {@code cocart_not_enough_stock_remaining}; GROUPED_PRODUCT_FAILED → 404
 * {@code cocart_grouped_product_failed}; GROUPED_PRODUCT_EMPTY → 404 {@code cocart_grouped_product_empty};
 * ITEM_KEY_REQUIRED → 404 {@code cocart_cart_item_key_required}; ITEM_NOT_IN_CART → 404
 * {@code cocart_item_not_in_cart}; NO_ITEMS → 404 {@code cocart_no_items}; NO_ITEMS_IN_CART → 404
 * {@code cocart_no_items_in_cart}; CAN_NOT_INCREASE_QUANTITY → 405 {@code cocart_can_not_increase_quantity};
 * ITEM_ALREADY_RESTORED → 405 and ITEM_NOT_RESTORABLE → 404 {@code cocart_item_restored_to_cart}; CART_TOTALS_EMPTY →
 * 404 {@code cocart_cart_totals_empty}; UPDATE_NO_NAMESPACE → 404 {@code cocart_update_cart_no_namespace_error};
 * UPDATE_NAMESPACE_INVALID → 404 {@code cocart_update_cart_namespace_error}; CART_EMPTY → 404
 * {@code cocart_cart_empty}; beyond CoCart, CART_BUSY → 409 {@code cocart_cart_busy}, CART_MODIFIED → 412
 * {@code cocart_cart_modified} and IDEMPOTENCY_KEY_REUSED → 422 {@code cocart_idempotency_key_reused}. The rules
 * raise {@code Refusal}s of the same names; the boundary turns them into {@code CartException}.
 *
 * <p>Depends on the catalog's and the customer's boundary and model: products are read as {@code Purchasable}
 * snapshots, a cart line keeps the product id, never an entity. Owns {@code cart}, {@code cart_item} and
 * {@code idempotency_key} (unit "cart"). Not here yet: coupons, fees, shipping and taxes (zero in the totals).
 */
package org.headlesscart.cart;
