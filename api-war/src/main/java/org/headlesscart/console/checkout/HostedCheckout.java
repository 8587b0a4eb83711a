package org.headlesscart.console.checkout;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.headlesscart.api.cocart.v2.checkout.CheckoutAdmission;
import org.headlesscart.api.error.ApiRefusal;
import org.headlesscart.api.error.CartBusyException;
import org.headlesscart.api.ratelimit.RateGroup;
import org.headlesscart.api.ratelimit.RateLimiter;
import org.headlesscart.cart.boundary.CartException;
import org.headlesscart.cart.boundary.CartService;
import org.headlesscart.cart.model.CartAnswer;
import org.headlesscart.cart.model.CartRef;
import org.headlesscart.cart.model.CartView;
import org.headlesscart.cart.model.WriteConditions;
import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.catalog.model.CurrencyView;
import org.headlesscart.api.cocart.v2.cart.RenderedCarts;
import org.headlesscart.checkout.boundary.CheckoutService;
import org.headlesscart.checkout.model.CheckoutData;
import org.headlesscart.checkout.model.CheckoutRequest;
import org.headlesscart.checkout.model.CheckoutUpdate;
import org.headlesscart.order.boundary.OrderException;
import org.headlesscart.payment.boundary.PaymentException;
import org.headlesscart.payment.boundary.PaymentService;
import org.headlesscart.payment.model.PaymentMethodView;
import org.headlesscart.payment.spi.PaymentContext;
import org.headlesscart.pricing.model.PricedCart;

/**
 * The hosted checkout's page ({@code /checkout?cocart-load-cart=KEY}, docs/hosted-checkout.md): CoCart's "load cart"
 * hand-off, server-rendered. The cart key is the credential, as on the API: no sign-in, a guest's key only (a
 * customer's key, digits, is refused as the API refuses a guest naming it). Everything it shows and does goes through
 * the checkout component as the API's routes call it: {@code CheckoutService.view} (GET checkout),
 * {@code update} (PUT checkout: the shipping rate, the destination for the rates), {@code place} (POST checkout,
 * under the same admission bound and Idempotency-Key machinery), and {@code PaymentService.methods}
 * (checkout/payment-methods). The view keeps only the key and the form's text; the cart is read again per request.
 */
@Named
@ViewScoped
public class HostedCheckout implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(HostedCheckout.class.getName());

    /** CoCart's parameter name (COCART-V2 §11.7). */
    public static final String KEY_PARAMETER = "cocart-load-cart";
    static final String TEST_CARD = "testcard";

    /**
     * What the page shows: the form, a key that names no cart we may show (404), a cart whose expiry passed but
     * that the cleanup has not deleted yet (404 too), or an empty cart.
     */
    public enum State { CHECKOUT, NOT_FOUND, EXPIRED, EMPTY }

    @EJB
    transient CheckoutService checkout;

    @EJB
    transient CartService carts;

    @EJB
    transient PaymentService payments;

    @EJB
    transient CatalogService catalog;

    /** The API's kept GET /cart answers: a write here drops the cart's, as the API's own writes do. */
    @Inject
    transient RenderedCarts rendered;

    /**
     * The API's checkout limit, so that this page is no way around it (card testing): no one is signed in here, so
     * the client is the connection's address, or the one a trusted proxy forwards.
     */
    @Inject
    transient RateLimiter limiter;

    private final String viewId = UUID.randomUUID().toString();
    private State state = State.NOT_FOUND;
    private String cartKey;
    private final Map<String, String> billing = CheckoutForm.emptyAddress();
    private final Map<String, String> shipping = CheckoutForm.emptyAddress();
    private boolean shipToDifferentAddress;
    private String shippingRate;
    private String paymentMethod;
    private String cardNumber;
    private String customerNote;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private String paymentMessage;
    private String formMessage;
    private Action action;

    /** A payment the gateway wants confirmed (3-D Secure and the like) before it pays. */
    public record Action(String type, String clientSecret, long orderId) implements Serializable {
    }

    private transient CheckoutData data;
    private transient List<PaymentMethodView> methods;
    private transient CurrencyView currency;

    /** The GET: which cart, and the form filled with what the cart already knows of the customer. */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String key = faces.getExternalContext().getRequestParameterMap().get(KEY_PARAMETER);
        state = resolve(key == null ? "" : key.strip());
        if (state == State.NOT_FOUND || state == State.EXPIRED) {
            faces.getExternalContext().setResponseStatus(404);
            return;
        }
        cartKey = key.strip();
        CartView cart = data().cart();
        cart.customer().billing().forEach((name, value) -> put(billing, name, "billing_", value));
        cart.customer().shipping().forEach((name, value) -> put(shipping, name, "shipping_", value));
        shippingRate = firstPackage().map(PricedCart.Package::chosenRateId).orElse(null);
        if (shippingRate == null) {
            shippingRate = firstPackage().flatMap(p -> p.rates().stream().findFirst()).map(PricedCart.Rate::id)
                    .orElse(null);
        }
        paymentMethod = getPaymentMethods().stream().findFirst().map(PaymentMethodView::id).orElse(null);
    }

    /**
     * A key names a cart this page may show when the cart routes accept it from a guest (not malformed, not a
     * customer's id) and a cart is stored under it that has not expired: an unknown key creates nothing here, and
     * an expired cart is asked about first, since the cart's reads would renew it (as the API's reads do).
     */
    private State resolve(String key) {
        if (key.isEmpty()) {
            return State.NOT_FOUND;
        }
        try {
            CartRef ref = CartRef.guest(key);
            if (carts.isExpired(ref)) {
                return State.EXPIRED;
            }
            if (carts.stamp(ref).isEmpty()) {
                return State.NOT_FOUND;
            }
            cartKey = key;
            return data().cart().isEmpty() ? State.EMPTY : State.CHECKOUT;
        } catch (CartException | OrderException e) {
            return State.NOT_FOUND;
        }
    }

    /** The shopper chose another rate: stored in the cart as PUT checkout stores it, totals shown again. */
    public void shippingChanged() {
        update(new CheckoutUpdate(Map.of(), Map.of(), null, null, shippingRate, null, null, null));
    }

    /**
     * The destination changed (country, state, postcode, city): stored in the cart as PUT checkout stores it, so
     * that the rates, taxes and payment methods shown are the destination's. Only those fields are sent; the rest of
     * the address is checked when the order is placed.
     */
    public void destinationChanged() {
        Map<String, String> destination = CheckoutForm.destination(shipToDifferentAddress ? shipping : billing);
        Map<String, String> billingPart = CheckoutForm.destination(billing);
        boolean stored = update(new CheckoutUpdate(billingPart, destination, true, null, null, null, null, null));
        // A half-typed address is no error yet: the checkout checks the whole address when the order is placed.
        errors.clear();
        formMessage = null;
        if (stored) {
            List<PricedCart.Rate> rates = getRates();
            if (rates.stream().noneMatch(r -> r.id().equals(shippingRate))) {
                shippingRate = firstPackage().map(PricedCart.Package::chosenRateId)
                        .orElse(rates.isEmpty() ? null : rates.get(0).id());
            }
            if (getPaymentMethods().stream().noneMatch(m -> m.id().equals(paymentMethod))) {
                paymentMethod = getPaymentMethods().stream().findFirst().map(PaymentMethodView::id).orElse(null);
            }
        }
    }

    private boolean update(CheckoutUpdate update) {
        errors.clear();
        formMessage = null;
        try {
            data = checkout.update(ref(), update);
            methods = null;
            rendered.cartWritten(cartKey);    // the API's kept answers of this cart are stale now
            return true;
        } catch (OrderException e) {
            refused(e);
        } catch (PaymentException e) {
            paymentMessage = e.getMessage();
        } catch (CartException e) {
            formMessage = e.getMessage();
        }
        data = null;
        methods = null;
        return false;
    }

    /**
     * Places the order as {@code POST cocart/v2/checkout} with an {@code Idempotency-Key} does: the same admission
     * bound, the same conditional write (a double click or a resent form gets the first answer, and never a second
     * order), the same component call, counted in the same {@code checkout} rate limit (a refusal is shown above the
     * form, nothing placed). A payment that succeeded (or was not needed) goes to the order-received page;
     * a declined one keeps the form and shows the gateway's words; one that asks for an action shows it.
     */
    public String placeOrder() {
        return place(Map.of());
    }

    /** The shopper confirmed the payment the gateway asked about: paid again, the same order (docs/payments.md). */
    public String confirmPayment() {
        Action pending = action;
        if (pending == null) {
            return null;
        }
        return place(Map.of("action_result", "confirmed", "client_secret", pending.clientSecret()));
    }

    /** The shopper would rather not confirm: the form is shown again, nothing is paid. */
    public void cancelAction() {
        action = null;
        paymentMessage = "The payment was not confirmed. Choose a payment method and place the order again.";
    }

    private String place(Map<String, String> extraPaymentData) {
        errors.clear();
        formMessage = null;
        paymentMessage = null;
        action = null;
        Map<String, String> paymentData = new LinkedHashMap<>();
        if (TEST_CARD.equals(paymentMethod)) {
            paymentData.put("card_number", cardNumber == null ? "" : cardNumber);
        }
        paymentData.putAll(extraPaymentData);
        HttpServletRequest http = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        CheckoutRequest request = new CheckoutRequest(CheckoutForm.sent(billing, true),
                shipToDifferentAddress ? CheckoutForm.sent(shipping, false) : Map.of(), true, paymentMethod,
                shippingRate, null, paymentData, false, null, customerNote, http.getRemoteAddr(),
                http.getHeader("User-Agent"));
        String fingerprint = CheckoutForm.fingerprint(cartKey, request);
        WriteConditions conditions = new WriteConditions(null,
                new WriteConditions.Idempotency("hosted-checkout-" + viewId + "-" + fingerprint.substring(0, 32),
                        fingerprint));
        CartRef ref = ref();
        PlacedAnswer placed;
        try {
            // Every placement counts, as every POST checkout does, a resent form included.
            limiter.count(RateGroup.CHECKOUT);
            CartAnswer answer = CheckoutAdmission.place(() -> carts.conditionally(ref, conditions,
                    () -> PlacedAnswer.of(checkout.place(ref, request), ref.key())));
            placed = PlacedAnswer.read(answer.body());
        } catch (OrderException e) {
            refused(e);
            return null;
        } catch (PaymentException e) {
            paymentMessage = e.getMessage();
            return null;
        } catch (ApiRefusal e) {
            formMessage = e.getMessage();       // over the limit: "Too many requests. Please wait N seconds ..."
            return null;
        } catch (CartBusyException e) {
            formMessage = "The store is busy. Nothing was ordered or charged; please place the order again.";
            return null;
        } catch (CartException e) {
            formMessage = e.getMessage();
            return null;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Hosted checkout of a cart failed", e);
            formMessage = "The order could not be placed. Please try again; if it keeps failing, contact the store.";
            return null;
        } finally {
            rendered.cartWritten(cartKey);    // the API's kept answers of this cart are stale now
            cardNumber = null;      // never kept in the session past the request that sent it
            data = null;
            methods = null;
        }
        return outcome(placed);
    }

    private String outcome(PlacedAnswer placed) {
        if (placed.refusalMessage() != null) {
            formMessage = placed.refusalMessage();
            state = getCart().isEmpty() ? State.EMPTY : State.CHECKOUT;
            return null;
        }
        switch (placed.paymentStatus()) {
            case "success", "no_payment_required" -> {
                ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
                try {
                    external.redirect(external.getRequestContextPath() + OrderReceived.path(placed.orderId(),
                            placed.orderKey()));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                FacesContext.getCurrentInstance().responseComplete();
                return null;
            }
            case "requires_action" -> {
                action = new Action(placed.actionType(), placed.clientSecret(), placed.orderId());
                return null;
            }
            default -> {
                paymentMessage = placed.message() == null || placed.message().isBlank()
                        ? "The payment failed. Please try again." : placed.message();
                return null;
            }
        }
    }

    /** The checkout's refusal: address problems next to their fields, everything else above the button. */
    private void refused(OrderException e) {
        Map<String, String> fields = CheckoutForm.fieldErrors(e);
        if (fields.isEmpty()) {
            formMessage = e.getMessage();
        } else {
            errors.putAll(fields);
            formMessage = fields.size() == 1 ? "Please correct the highlighted field."
                    : "Please correct the " + fields.size() + " highlighted fields.";
        }
    }

    private CartRef ref() {
        return CartRef.guest(cartKey);
    }

    private CheckoutData data() {
        if (data == null) {
            data = checkout.view(ref());
        }
        return data;
    }

    private java.util.Optional<PricedCart.Package> firstPackage() {
        CartView cart = data().cart();
        if (cart.pricing() == null || cart.pricing().priced() == null) {
            return java.util.Optional.empty();
        }
        return cart.pricing().priced().packages().stream().findFirst();
    }

    private static void put(Map<String, String> address, String name, String prefix, String value) {
        String field = name.startsWith(prefix) ? name.substring(prefix.length()) : name;
        if (address.containsKey(field) && value != null) {
            address.put(field, value);
        }
    }

    // --- what the page reads

    public State getState() {
        return state;
    }

    public CartView getCart() {
        return data().cart();
    }

    public List<PricedCart.Rate> getRates() {
        return firstPackage().map(PricedCart.Package::rates).orElse(List.of());
    }

    public boolean isNeedsShipping() {
        return getCart().needsShipping();
    }

    public List<PricedCart.CouponTotal> getCoupons() {
        CartView cart = getCart();
        return cart.pricing() == null || cart.pricing().priced() == null ? List.of()
                : cart.pricing().priced().coupons();
    }

    public List<PricedCart.FeeTotal> getFees() {
        CartView cart = getCart();
        return cart.pricing() == null || cart.pricing().priced() == null ? List.of() : cart.pricing().priced().fees();
    }

    /** The gateways that may pay this cart now, as checkout/payment-methods lists them. */
    public List<PaymentMethodView> getPaymentMethods() {
        if (methods == null) {
            CartView cart = data().cart();
            List<String> rates = new ArrayList<>();
            if (cart.pricing() != null && cart.pricing().priced() != null) {
                cart.pricing().priced().packages().stream().map(PricedCart.Package::chosenRateId)
                        .filter(id -> id != null && !id.isEmpty()).forEach(rates::add);
            }
            methods = payments.methods(new PaymentContext(cart.customer().billing().getOrDefault("billing_country",
                    ""), cart.customer().shipping().getOrDefault("shipping_country", ""),
                    currency().code(), cart.totals().total(), rates));
        }
        return methods;
    }

    public boolean isNeedsPayment() {
        return getCart().totals().total() > 0;
    }

    public boolean isTestCard() {
        return TEST_CARD.equals(paymentMethod);
    }

    public String money(long minor) {
        return currency().format(minor);
    }

    private CurrencyView currency() {
        if (currency == null) {
            currency = catalog.storeDetails().currency();
        }
        return currency;
    }

    public List<CheckoutForm.Country> getCountries() {
        return CheckoutForm.COUNTRIES;
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String getPaymentMessage() {
        return paymentMessage;
    }

    public String getFormMessage() {
        return formMessage;
    }

    public Action getAction() {
        return action;
    }

    public String getCartKey() {
        return cartKey;
    }

    // --- the form

    public Map<String, String> getBilling() {
        return billing;
    }

    public Map<String, String> getShipping() {
        return shipping;
    }

    public boolean isShipToDifferentAddress() {
        return shipToDifferentAddress;
    }

    public void setShipToDifferentAddress(boolean shipToDifferentAddress) {
        this.shipToDifferentAddress = shipToDifferentAddress;
    }

    public String getShippingRate() {
        return shippingRate;
    }

    public void setShippingRate(String shippingRate) {
        this.shippingRate = shippingRate;
    }

    public String getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(String paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    public void setCardNumber(String cardNumber) {
        this.cardNumber = cardNumber;
    }

    public String getCustomerNote() {
        return customerNote;
    }

    public void setCustomerNote(String customerNote) {
        this.customerNote = customerNote;
    }
}
