package org.headlesscart.api.cocart.v2.account;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.cocart.v2.cart.CartParams;
import org.headlesscart.api.error.ApiRefusal;
import org.headlesscart.api.openapi.ErrorDocs;
import org.headlesscart.api.security.Caller;
import org.headlesscart.catalog.boundary.CatalogService;
import org.headlesscart.customer.model.AccountView;
import org.headlesscart.order.boundary.CustomerOrderService;
import org.headlesscart.order.boundary.CustomerOrderService.Requester;
import org.headlesscart.order.model.CustomerOrderPage;
import org.headlesscart.order.model.OrderAddress;
import org.headlesscart.order.model.OrderLines;
import org.headlesscart.order.model.OrderNoteView;
import org.headlesscart.order.model.OrderStatus;
import org.headlesscart.order.model.OrderView;
import org.headlesscart.platform.numbers.Decimals;

/**
 * {@code cocart/v2/my-account/orders}: a customer's orders, one of them, and cancelling one (COCART-PLUS §1.4,
 * docs/my-account.md). A guest reads or cancels a guest order by its id with its billing {@code email}; nobody
 * reads an order that is not theirs (CustomerOrderService answers 404 as if it did not exist).
 */
@RequestScoped
@Path(CoCartV2.NAMESPACE + "/my-account/orders")
@Produces(CoCartV2.JSON)
@Tag(name = "Account")
public class MyOrdersResource {

    /** One provider: {@code Json.create…} looks it up through the service loader on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final int MAX_PAGE = 100;
    static final int MAX_PER_PAGE = 50;
    static final int DEFAULT_PER_PAGE = 10;

    @Inject
    Caller caller;

    @Inject
    RequestParams requests;

    @EJB
    CustomerOrderService orders;

    @EJB
    CatalogService catalog;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "myAccountOrders", summary = "The customer's orders, paged (page 1-100, per_page "
            + "clamped to 50, order ASC|DESC); 404 cocart_account_no_orders, 400 rest_invalid_param, 403 "
            + "cocart_access_my_account_denied")
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public JsonObject list(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
            @QueryParam("order") String order) {     // named for the OpenAPI document; CartParams reads them
        AccountView user = caller.account().orElseThrow(MyOrdersResource::denied);
        CartParams params = requests.of(null);
        int pageNumber = integer(params, "page", 1, 1, MAX_PAGE);
        int size = Math.min(integer(params, "per_page", DEFAULT_PER_PAGE, 1, Integer.MAX_VALUE), MAX_PER_PAGE);
        String direction = params.string("order");
        boolean ascending = false;
        if (direction != null) {
            switch (direction.toUpperCase(Locale.ROOT)) {
                case "ASC" -> ascending = true;
                case "DESC" -> ascending = false;
                default -> params.problem("order", "order is not one of ASC, DESC.");
            }
        }
        params.throwIfAny();
        CustomerOrderPage found = orders.ordersOf(user.id(), pageNumber, size, ascending);
        StoreFormat format = new StoreFormat(catalog.storeDetails());
        JsonArrayBuilder list = JSON.createArrayBuilder();
        for (OrderView o : found.orders()) {
            list.add(JSON.createObjectBuilder()
                    .add("order_id", o.id())
                    .add("order_number", o.number())
                    .add("order_status", o.status().label())
                    .add("order_date", format.dateTime(o.createdAt()))
                    .add("item_count", o.itemCount())
                    .add("order_total", format.price(o.totals().total()))
                    .add("order_actions", actions(o, true)));
        }
        JsonObjectBuilder pagination = JSON.createObjectBuilder();
        if (pageNumber > 1) {
            pagination.add("previous", pageUrl(Math.min(pageNumber - 1, Math.max(1, found.totalPages()))));
        }
        if (pageNumber < found.totalPages()) {
            pagination.add("next", pageUrl(pageNumber + 1));
        }
        return JSON.createObjectBuilder().add("orders", list).add("pagination", pagination).build();
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(operationId = "myAccountOrder", summary = "One of the customer's orders; a guest's with its billing "
            + "email; 403 cocart_access_my_orders_denied, 404 cocart_order_does_not_exist")
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public JsonObject order(@PathParam("id") long id, @QueryParam("email") String email) {
        Requester requester = requester(() -> new ApiRefusal(403, "cocart_access_my_orders_denied",
                "You are not logged in! Cannot view order."));
        OrderView o = orders.order(id, requester);
        StoreFormat format = new StoreFormat(catalog.storeDetails());
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (OrderLines.Product line : o.lines()) {
            JsonObjectBuilder meta = JSON.createObjectBuilder();
            line.meta().forEach(meta::add);
            items.add(JSON.createObjectBuilder()
                    .add("item_id", line.id())
                    .add("product_id", line.productId())
                    .add("variation_id", line.variationId())
                    .add("product_image", line.imageSrc() == null ? "" : line.imageSrc())
                    .add("product_name", line.name())
                    .add("product_title", line.name())
                    .add("product_type", line.variationId() > 0 ? "variation" : "simple")
                    .add("sku", line.sku() == null ? "" : line.sku())
                    .add("quantity", String.valueOf(line.quantity()))
                    .add("subtotal", format.price(line.subtotal() + (o.pricesIncludeTax() ? line.subtotalTax() : 0)))
                    .add("purchase_note", "")
                    .add("refunded_qty", String.valueOf(line.refundedQuantity()))
                    .add("meta", meta)
                    .add("link", uri.getBaseUri().resolve("cocart/v2/products/" + line.productId()).toString()));
        }
        JsonArrayBuilder notes = JSON.createArrayBuilder();
        for (OrderNoteView note : orders.customerNotes(o.id())) {
            notes.add(JSON.createObjectBuilder().add("date", format.dateTime(note.createdAt())).add("note", note.note()));
        }
        return JSON.createObjectBuilder()
                .add("order_id", o.id())
                .add("order_key", requester.holds(o) ? o.orderKey() : "")
                .add("order_number", o.number())
                .add("order_parent", 0)
                .add("order_date", format.dateTime(o.createdAt()))
                .add("order_status", o.status().label())
                .add("order_currency", o.currency())
                .add("billing_address", oneLine(o.billing()))
                .add("shipping_address", oneLine(o.shipping()))
                .add("phone", o.billing().phone())
                .add("email", o.billing().email())
                .add("ship_to_billing", shipsToBilling(o))
                .add("items", items)
                .add("totals", totals(o, format))
                .add("order_note", o.customerNote())
                .add("order_notes", notes)
                .add("downloads", JSON.createArrayBuilder())
                .add("order_actions", requester.holds(o) ? actions(o, false) : JSON.createObjectBuilder())
                .build();
    }

    @POST
    @Path("{id: \\d+}/cancel")
    @Operation(operationId = "myAccountOrderCancel", summary = "Cancel a pending or failed order (stock goes back); "
            + "400 cocart_order_cannot_be_cancelled, 403 cocart_access_my_account_denied, 404 "
            + "cocart_order_does_not_exist")
    @APIResponse(responseCode = "403", ref = ErrorDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ErrorDocs.NOT_FOUND)
    public JsonObject cancel(@PathParam("id") long id, @QueryParam("email") String email) {
        Requester requester = requester(MyOrdersResource::denied);
        OrderView cancelled = orders.cancel(id, requester);
        return JSON.createObjectBuilder().add("success", true).add("order_id", cancelled.id())
                .add("order_status", OrderStatus.CANCELLED.label()).build();
    }

    /** The logged-in customer; else a guest with the {@code email} given; else the refusal. */
    private Requester requester(java.util.function.Supplier<ApiRefusal> refusal) {
        return caller.account().map(user -> Requester.customer(user.id())).orElseGet(() -> {
            CartParams params = requests.of(null);
            String email = params.string("email");
            String orderKey = params.string("order_key");
            params.throwIfAny();
            if (email == null || email.isBlank()) {
                throw refusal.get();
            }
            return Requester.guest(email, orderKey);
        });
    }

    static ApiRefusal denied() {
        return new ApiRefusal(403, "cocart_access_my_account_denied", MyAccountResource.DENIED);
    }

    static String orderUrl(UriInfo uri, long id) {
        return uri.getBaseUri().resolve("cocart/v2/my-account/orders/" + id).toString();
    }

    private String pageUrl(int number) {
        return uri.getRequestUriBuilder().replaceQueryParam("page", number).build().toString();
    }

    /**
     * WooCommerce's {@code wc_get_account_orders_actions}: pay while it waits for its money, view in the list, cancel
     * while pending or failed. Pay leads to {@code order-received/{id}/pay} with the order key.
     */
    private JsonObjectBuilder actions(OrderView o, boolean withView) {
        JsonObjectBuilder actions = JSON.createObjectBuilder();
        if (o.needsPayment()) {
            actions.add("pay", action(uri.getBaseUri().resolve("cocart/v2/order-received/" + o.id() + "/pay?order_key="
                    + o.orderKey()).toString(), "Pay"));
        }
        if (withView) {
            actions.add("view", action(orderUrl(uri, o.id()), "View"));
        }
        if (o.status().awaitsPayment()) {
            actions.add("cancel", action(orderUrl(uri, o.id()) + "/cancel", "Cancel"));
        }
        return actions;
    }

    private static JsonObjectBuilder action(String url, String label) {
        return JSON.createObjectBuilder().add("url", url).add("label", label);
    }

    /** WooCommerce's order item totals, with its labels: subtotal, discount, shipping, fees, tax, payment, total. */
    private static JsonObjectBuilder totals(OrderView o, StoreFormat format) {
        var t = o.totals();
        boolean incl = o.pricesIncludeTax();
        JsonObjectBuilder totals = JSON.createObjectBuilder();
        totals.add("subtotal", action2("Subtotal:", format.price(t.subtotal() + (incl ? t.subtotalTax() : 0))));
        if (t.discountTotal() > 0) {
            totals.add("discount", action2("Discount:", "-" + format.price(t.discountTotal()
                    + (incl ? t.discountTax() : 0))));
        }
        if (o.needsShipping()) {
            String via = String.join(", ", o.shippingLines().stream().map(OrderLines.Shipping::title).toList());
            totals.add("shipping", action2("Shipping:", format.price(t.shippingTotal() + (incl ? t.shippingTax() : 0))
                    + (via.isEmpty() ? "" : " via " + via)));
        }
        if (!o.feeLines().isEmpty()) {
            totals.add("fees", action2("Fees:", format.price(t.feeTotal() + (incl ? t.feeTax() : 0))));
        }
        if (!incl && t.totalTax() > 0) {
            totals.add("tax", action2("Tax:", format.price(t.totalTax())));
        }
        if (o.totals().total() > 0 && o.paymentMethodTitle() != null && !o.paymentMethodTitle().isEmpty()) {
            totals.add("payment_method", action2("Payment method:", o.paymentMethodTitle()));
        }
        totals.add("total", action2("Total:", format.price(t.total())));
        return totals;
    }

    private static JsonObjectBuilder action2(String label, String value) {
        return JSON.createObjectBuilder().add("label", label).add("value", value);
    }

    /** WooCommerce's formatted address on one line: name, company, lines, city, "state postcode", country. */
    static String oneLine(OrderAddress a) {
        List<String> parts = new ArrayList<>();
        add(parts, (a.firstName() + " " + a.lastName()).strip());
        add(parts, a.company());
        add(parts, a.address1());
        add(parts, a.address2());
        add(parts, a.city());
        add(parts, (a.state() + " " + a.postcode()).strip());
        add(parts, a.country().isEmpty() ? "" : new Locale("", a.country()).getDisplayCountry(Locale.ENGLISH));
        return String.join(", ", parts);
    }

    private static void add(List<String> parts, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(value.strip());
        }
    }

    /** Whether the goods go to the billing address: nothing to ship, or the same address. */
    private static boolean shipsToBilling(OrderView o) {
        OrderAddress b = o.billing();
        OrderAddress s = o.shipping();
        return s.address1().isEmpty() && s.city().isEmpty() || new OrderAddress(b.firstName(), b.lastName(),
                b.company(), b.address1(), b.address2(), b.city(), b.state(), b.postcode(), b.country(), "",
                s.phone()).equals(s);
    }

    /** A whole number in [min, max], or the fallback when absent; WordPress's rest_invalid_param otherwise. */
    private static int integer(CartParams params, String name, int fallback, int min, int max) {
        Object value = params.value(name);
        if (value == null) {
            return fallback;
        }
        try {
            BigDecimal number = value instanceof BigDecimal parsed ? parsed : Decimals.read(value.toString().strip())
                    .value();
            if (number != null && Decimals.isBounded(number)) {
                long whole = number.longValueExact();
                if (whole >= min && whole <= max) {
                    return (int) whole;
                }
                params.problem(name, name + " must be between " + min + " (inclusive) and "
                        + (max == Integer.MAX_VALUE ? "any" : String.valueOf(max)) + ".");
                return fallback;
            }
        } catch (ArithmeticException e) {
            // a fraction, beyond a long, or not a number: reported below
        }
        params.problem(name, name + " is not of type integer.");
        return fallback;
    }

}
