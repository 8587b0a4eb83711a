package org.headlesscart.console.checkout;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.catalog.model.CurrencyView;
import org.headlesscart.order.model.OrderAddress;
import org.headlesscart.order.model.OrderLines;
import org.headlesscart.order.model.OrderView;
import org.headlesscart.payment.boundary.OrderPaymentService;
import org.headlesscart.payment.boundary.PaymentException;
import org.headlesscart.payment.boundary.PaymentService;
import org.headlesscart.payment.model.BankAccount;
import org.headlesscart.payment.model.PaymentMethodView;
import org.headlesscart.payment.spi.PaymentContext;

/**
 * The hosted checkout's order-received page ({@code /checkout/order-received.xhtml?order=ID&key=wc_order_…}),
 * WooCommerce's "thank you" page: the order as {@code GET cocart/v2/order-received/{id}} shows it, read through the
 * same boundary ({@code OrderPaymentService.received}: the key compared in constant time). A wrong id or key is
 * the same clear 404 page as a wrong cart key. Offline methods (bank transfer, cheque, cash on delivery) show their
 * gateway's instructions, and a bank transfer the store's account details ({@code PaymentService.bankAccount}).
 */
@Named
@RequestScoped
public class OrderReceived {

    static final String PAGE = "/checkout/order-received.xhtml";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @EJB
    OrderPaymentService orders;

    @EJB
    PaymentService payments;

    @EJB
    CatalogService catalog;

    private OrderView order;
    private String instructions;
    private BankAccount bank;
    private CurrencyView currency;

    /** The page's path for an order, below the context root. */
    static String path(long orderId, String orderKey) {
        return PAGE + "?order=" + orderId + "&key=" + URLEncoder.encode(orderKey, StandardCharsets.UTF_8);
    }

    /** The GET: the order for whoever holds its key; 404 for anything else. */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        String id = params.getOrDefault("order", "");
        String key = params.getOrDefault("key", "");
        if (!id.matches("\\d{1,18}") || key.isEmpty()) {
            faces.getExternalContext().setResponseStatus(404);
            return;
        }
        try {
            order = orders.received(Long.parseLong(id), key, 0).order();
        } catch (PaymentException e) {
            faces.getExternalContext().setResponseStatus(404);
            return;
        }
        instructions = gateway().map(PaymentMethodView::description).orElse(null);
        if ("bacs".equals(order.paymentMethod())) {
            bank = payments.bankAccount();
        }
    }

    /** The order's gateway as checkout/payment-methods describes it (bank transfer's instructions ...). */
    private Optional<PaymentMethodView> gateway() {
        if (order.paymentMethod() == null || order.paymentMethod().isEmpty()) {
            return Optional.empty();
        }
        List<String> rates = order.shippingLines().stream().map(OrderLines.Shipping::rateId).toList();
        return payments.methods(new PaymentContext(order.billing().country(), order.shipping().country(),
                order.currency(), order.totals().total(), rates)).stream()
                .filter(m -> m.id().equals(order.paymentMethod())).findFirst();
    }

    public boolean isFound() {
        return order != null;
    }

    public OrderView getOrder() {
        return order;
    }

    public String getInstructions() {
        return instructions;
    }

    /** The store's account for an order paid by bank transfer, when configured; else {@code null}. */
    public BankAccount getBank() {
        return bank != null && bank.isConfigured() ? bank : null;
    }

    public boolean isOffline() {
        return order != null && List.of("bacs", "cheque", "cod").contains(order.paymentMethod());
    }

    public String getDate() {
        return DATE.format(order.createdAt());
    }

    public String money(long minor) {
        if (currency == null) {
            currency = catalog.storeDetails().currency();
        }
        return currency.format(minor);
    }

    /** An address on lines, as WooCommerce prints it. */
    public List<String> lines(OrderAddress address) {
        if (address == null) {
            return List.of();
        }
        return java.util.stream.Stream.of(
                (nz(address.firstName()) + " " + nz(address.lastName())).strip(), nz(address.company()),
                nz(address.address1()), nz(address.address2()),
                (nz(address.city()) + " " + nz(address.state()) + " " + nz(address.postcode())).strip()
                        .replaceAll("\\s+", " "),
                nz(address.country())).filter(s -> !s.isBlank()).toList();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
