package org.headlesscart.checkout.boundary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.headlesscart.cart.boundary.CartService;
import org.headlesscart.cart.model.CartOperation;
import org.headlesscart.cart.model.CartRef;
import org.headlesscart.cart.model.CartView;
import org.headlesscart.cart.model.CheckoutCart;
import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.catalog.boundary.StockShortage;
import org.headlesscart.checkout.control.CheckoutAddresses;
import org.headlesscart.checkout.model.CheckoutConfig;
import org.headlesscart.checkout.model.CheckoutData;
import org.headlesscart.checkout.model.CheckoutOutcome;
import org.headlesscart.checkout.model.CheckoutRequest;
import org.headlesscart.checkout.model.CheckoutUpdate;
import org.headlesscart.order.boundary.OrderException;
import org.headlesscart.order.boundary.OrderFailure;
import org.headlesscart.order.boundary.OrderService;
import org.headlesscart.order.boundary.OrderStatusService;
import org.headlesscart.order.model.OrderPlacement;
import org.headlesscart.order.model.OrderView;
import org.headlesscart.payment.boundary.PaymentService;
import org.headlesscart.payment.model.PaymentResult;
import org.headlesscart.payment.spi.PaymentContext;
import org.headlesscart.pricing.boundary.PricingService;
import org.headlesscart.pricing.model.PricedCart;
import org.headlesscart.customer.boundary.AccountException;
import org.headlesscart.customer.boundary.AccountService;
import org.headlesscart.customer.model.Postcodes;

/**
 * The checkout component's boundary: CoCart Plus v2's {@code cocart/v2/checkout} (COCART-PLUS §1.3, §4.5). The cart
 * and the checkout are one truth: addresses, shipping method and coupons changed here go through the cart's own
 * operations, under its lock ({@link CartService#checkout}).
 *
 * @throws OrderException for the checkout's refusals (the WAR maps each to its {@code cocart_} code)
 */
@Stateless
public class CheckoutService {

    @EJB
    CartService carts;

    @EJB
    CatalogService catalog;

    @EJB
    OrderService orders;

    @EJB
    OrderStatusService statuses;

    @EJB
    PaymentService payments;

    @EJB
    PricingService pricing;

    @EJB
    AccountService accounts;

    /** {@code GET checkout/config}: public, no cart; configuration and the pricing rules' settings. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CheckoutConfig config() {
        return new CheckoutConfig(catalog.storeDetails(), pricing.rules().settings(), Postcodes.patterns());
    }

    /** {@code GET checkout}: the cart as checkout shows it; nothing is written. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CheckoutData view(CartRef cart) {
        requireCart(cart);
        CartView view = carts.view(cart);
        return new CheckoutData(view, customerId(cart), "", view.cartHash());
    }

    /**
     * {@code PUT/PATCH checkout}: addresses (all or nothing), shipping method, coupon and payment method changed
     * through the cart's operations in one transaction that locks the cart.
     */
    public CheckoutData update(CartRef cart, CheckoutUpdate update) {
        requireCart(cart);
        checkCurrency(update.currency());
        Map<String, String> fields = CheckoutAddresses.fields(update.billing(), update.shipping(),
                update.useDifferentBilling() == null || update.useDifferentBilling());
        CheckoutAddresses.check(fields, Map.of(), false);
        List<CartOperation> operations = new ArrayList<>();
        if (!fields.isEmpty()) {
            operations.add(new CartOperation.Update("update-customer", new LinkedHashMap<>(fields)));
        }
        if (update.shippingMethod() != null && !update.shippingMethod().isBlank()) {
            operations.add(new CartOperation.SetShippingMethod(update.shippingMethod(), null));
        }
        if (update.couponCode() != null && !update.couponCode().isBlank()) {
            operations.add("remove".equals(update.couponAction())
                    ? new CartOperation.RemoveCoupon(update.couponCode())
                    : new CartOperation.ApplyCoupon(update.couponCode(), fields.get("billing_email")));
        }
        CheckoutCart checkout = carts.checkout(cart, operations);
        if (checkout.isEmpty()) {
            throw OrderFailure.CART_EMPTY.exception();
        }
        if (checkout.refusedRate() != null) {
            throw OrderFailure.INVALID_SHIPPING_METHOD.exception(checkout.refusedRate());
        }
        String method = update.paymentMethod() == null ? "" : update.paymentMethod().strip();
        if (!method.isEmpty()) {
            payments.check(method, context(checkout.view()));
        }
        return new CheckoutData(checkout.view(), customerId(cart), method, checkout.hash());
    }

    /**
     * {@code POST checkout}, in one transaction that locks the cart first (COCART-PLUS §4.5): the request's addresses
     * and shipping method applied, every line, coupon and rate re-validated under the lock, the order placed (or an
     * unpaid order of the same cart and hash used again), its stock taken, then paid. The cart is emptied only when
     * the payment succeeded or none was needed; a failed payment or one that requires action keeps cart and order.
     *
     * @return the order and its payment, or the refusal found under the lock (what checkout removed from the cart
     *         is stored, the refusal is the route's answer)
     * @throws OrderException for a request refused before the cart is looked at
     * @throws org.headlesscart.payment.boundary.PaymentException when the payment method cannot pay this order
     */
    public CheckoutOutcome place(CartRef cart, CheckoutRequest request) {
        requireCart(cart);
        checkCurrency(request.currency());
        Map<String, String> fields = CheckoutAddresses.fields(request.billing(), request.shipping(),
                request.useDifferentBilling());
        CheckoutAddresses.check(fields, Map.of(), true);
        if (request.shipping().isEmpty()) {
            // Nothing to ship to apart: the billing address ships (WooCommerce's "ship to billing"), checked above.
            request.billing().forEach((name, value) -> {
                if (!name.equals("email") && !name.equals("phone")) {
                    fields.put("shipping_" + name, value.strip());
                }
            });
        }
        List<CartOperation> operations = new ArrayList<>();
        operations.add(new CartOperation.Update("update-customer", new LinkedHashMap<>(fields)));
        if (request.shippingMethod() != null && !request.shippingMethod().isBlank()) {
            operations.add(new CartOperation.SetShippingMethod(request.shippingMethod(), null));
        }
        CheckoutCart checkout = carts.checkout(cart, operations);
        OrderException refusal = refusal(checkout);
        if (refusal != null) {
            return CheckoutOutcome.refused(refusal);
        }
        CartView view = checkout.view();
        boolean needsPayment = view.totals().total() > 0;
        String method = request.paymentMethod() == null ? "" : request.paymentMethod().strip();
        if (needsPayment) {
            payments.check(method, context(view));
        }
        Map<String, String> customer = customer(view);
        long customerId = customerId(cart);
        if (request.createAccount() && cart.userId() == null) {
            customerId = newAccount(customer.get("billing_email"), request.customerPassword());
        }
        OrderPlacement placement = new OrderPlacement(view.cartKey(), customerId,
                catalog.storeDetails().currency().code(),
                view.pricing().settings() != null && view.pricing().settings().pricesIncludeTax(),
                CheckoutAddresses.address(customer, "billing_"), CheckoutAddresses.address(customer, "shipping_"),
                needsPayment ? method : "", "", request.customerNote(), orEmpty(request.customerIp()),
                orEmpty(request.userAgent()));
        OrderService.Placed placed = orders.place(checkout, placement);
        OrderView order = placed.order();
        if (!"reduced".equals(order.stockState())) {   // a reused order's hold is renewed, nothing taken twice
            try {
                order = statuses.holdStock(order.id());
            } catch (StockShortage shortage) {
                // The transaction is rolled back (the shortage is a rollback exception): no order, nothing taken.
                return CheckoutOutcome.refused(shortage.outOfStock()
                        ? OrderFailure.PRODUCT_OUT_OF_STOCK.exception(shortage.name())
                        : OrderFailure.INSUFFICIENT_STOCK.exception(shortage.name(), shortage.remaining()));
            }
        }
        // A zero total completes at once (no_payment_required); the payment sets the method's title on the order.
        PaymentResult payment = payments.pay(order.id(), method, request.paymentData());
        if ("success".equals(payment.paymentStatus()) || "no_payment_required".equals(payment.paymentStatus())) {
            carts.emptyAfterCheckout(cart);
        }
        return new CheckoutOutcome(payment.order() != null ? payment.order() : order, payment, null);
    }

    /** The first reason the locked cart cannot become an order, in the contract's order; null when it can. */
    private static OrderException refusal(CheckoutCart checkout) {
        if (checkout.isEmpty()) {
            return OrderFailure.CART_EMPTY.exception();
        }
        if (!checkout.problems().isEmpty()) {
            CheckoutCart.Problem problem = checkout.problems().get(0);
            return switch (problem.kind()) {
                case NOT_EXISTS -> OrderFailure.PRODUCT_NOT_EXISTS.exception();
                case NOT_PURCHASABLE -> OrderFailure.PRODUCT_NOT_PURCHASABLE.exception(problem.name());
                case OUT_OF_STOCK -> OrderFailure.PRODUCT_OUT_OF_STOCK.exception(problem.name());
                case INSUFFICIENT_STOCK -> OrderFailure.INSUFFICIENT_STOCK.exception(problem.name(),
                        problem.remaining());
            };
        }
        if (!checkout.removedCoupons().isEmpty()) {
            return OrderFailure.INVALID_COUPON.exception(checkout.removedCoupons().get(0));
        }
        if (checkout.refusedRate() != null) {
            return OrderFailure.INVALID_SHIPPING_METHOD.exception(checkout.refusedRate());
        }
        PricedCart priced = checkout.view().pricing().priced();
        if (checkout.view().needsShipping() && (priced.packages().isEmpty()
                || priced.packages().stream().anyMatch(p -> p.chosenRateId() == null))) {
            return OrderFailure.NO_SHIPPING_METHOD.exception();
        }
        return null;
    }

    private void checkCurrency(String currency) {
        if (currency != null && !currency.isBlank()
                && !currency.strip().equalsIgnoreCase(catalog.storeDetails().currency().code())) {
            throw OrderFailure.INVALID_CURRENCY.exception(currency.length() > 10 ? currency.substring(0, 10)
                    : currency);
        }
    }

    private static void requireCart(CartRef cart) {
        if ((cart.key() == null || cart.key().isEmpty()) && cart.userId() == null) {
            throw OrderFailure.AUTHENTICATION_REQUIRED.exception();
        }
    }

    /**
     * A guest's {@code create_account}: a customer account with the billing e-mail, a username made from it and the
     * password given, made after the cart passed every check and before the order, which then belongs to it
     * (WooCommerce's checkout order). In the checkout's transaction: a refusal later rolls the account back too, a
     * failed payment keeps both, as WooCommerce keeps them.
     *
     * @throws OrderException ACCOUNT_CREATION_FAILED with the registration's words (docs/my-account.md)
     */
    private long newAccount(String email, String password) {
        try {
            return accounts.register(email, null, password).id();
        } catch (AccountException e) {
            throw OrderFailure.ACCOUNT_CREATION_FAILED.exception(switch (e.failure()) {
                case REGISTRATION_EMAIL_EXISTS -> "An account is already registered with your email address. "
                        + "Please log in.";
                case REGISTRATION_INVALID_EMAIL -> "Please provide a valid email address.";
                case REGISTRATION_MISSING_PASSWORD -> "Please enter an account password.";
                case REGISTRATION_WEAK_PASSWORD -> e.getMessage();
                default -> "Couldn't register you. Please contact us if you continue to have problems.";
            });
        }
    }

    private static long customerId(CartRef cart) {
        return cart.userId() == null ? 0 : cart.userId();
    }

    private static Map<String, String> customer(CartView view) {
        Map<String, String> customer = new LinkedHashMap<>(view.customer().billing());
        customer.putAll(view.customer().shipping());
        return customer;
    }

    private PaymentContext context(CartView view) {
        List<String> rates = view.pricing().priced().packages().stream().map(PricedCart.Package::chosenRateId)
                .filter(id -> id != null).toList();
        return new PaymentContext(view.customer().billing().getOrDefault("billing_country", ""),
                view.customer().shipping().getOrDefault("shipping_country", ""), catalog.storeDetails().currency().code(),
                view.totals().total(), rates);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
