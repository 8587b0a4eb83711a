package org.headlesscart.api.cocart.v2.cart;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.core.Response;

import org.headlesscart.api.cocart.v2.CoCartV2;
import org.headlesscart.api.error.CartExceptionMapper;
import org.headlesscart.api.http.CartHeaders;
import org.headlesscart.cart.boundary.CartFailure;
import org.headlesscart.cart.model.CartView;

/**
 * How a cart route's answers are written, in the shape its request asked for ({@code fields}, {@code thumb}; contract
 * §2.1): the cart object, items, totals, bare numbers and strings, streamed as CoCart writes them. Every cart shown is
 * recorded for the cart headers, refusals included.
 *
 * @param fieldsAsked the {@code fields} parameter as sent, or null
 * @param fields      what it chooses
 * @param headers     where the carts shown are recorded
 */
record CartResponses(CartFormat format, String fieldsAsked, CartFields fields, CartHeaders headers) {

    static CartResponses of(CartFormat format, String fieldsAsked, CartHeaders headers) {
        return new CartResponses(format, fieldsAsked, CartFields.parse(fieldsAsked), headers);
    }

    /** The cart object (contract §3), as {@code fields} chooses. */
    Response cart(CartView cart) {
        headers.shown(cart);
        CartJson json = new CartJson(format);
        return ok(out -> json.cart(out, cart, fields));
    }

    /** The cart object as {@link #cart} writes it, as bytes; the cart's headers are recorded as for {@link #cart}. */
    byte[] render(CartView cart) {
        headers.shown(cart);
        CartJson json = new CartJson(format);
        return CartJson.bytes(out -> json.cart(out, cart, fields));
    }

    /**
     * A cart object rendered before, for the cart under this request's key: the headers are made from the key and
     * the cart's windows, as for a cart shown now.
     */
    Response cartBody(byte[] body) {
        return Response.ok(body, CoCartV2.JSON).build();
    }

    /** One line as an Item object (contract §3.3). */
    Response item(CartView cart, CartView.Line line) {
        headers.shown(cart);
        CartJson json = new CartJson(format);
        return ok(out -> {
            out.writeStartObject();
            json.item(out, line, false);
            out.writeEnd();
        });
    }

    /** Lines as an array of Items ({@code return_items}), or keyed by item key ({@code /cart/items}). */
    Response items(CartView cart, List<CartView.Line> lines, boolean keyed) {
        headers.shown(cart);
        CartJson json = new CartJson(format);
        return ok(out -> {
            if (keyed) {
                out.writeStartObject();
            } else {
                out.writeStartArray();
            }
            for (CartView.Line line : lines) {
                if (keyed) {
                    out.writeStartObject(line.itemKey());
                } else {
                    out.writeStartObject();
                }
                json.item(out, line, false);
                out.writeEnd();
            }
            out.writeEnd();
        });
    }

    /** WooCommerce's totals map (contract §2.13). */
    Response totals(CartView cart, boolean html) {
        headers.shown(cart);
        TotalsJson json = new TotalsJson(format.currency());
        return ok(out -> json.write(out, cart, html));
    }

    /** {@code {message, cart_key}}: a cart created empty by {@code POST /cart}, with its headers. */
    Response created(CartView cart, String message) {
        headers.shown(cart);
        return ok(out -> out.writeStartObject().write("message", message).write("cart_key", cart.cartKey()).writeEnd());
    }

    /** A bare JSON number, as {@code /cart/items/count} answers. */
    Response number(CartView cart, BigDecimal number) {
        headers.shown(cart);
        return ok(out -> CartWire.number(out, number));
    }

    /** A bare JSON string ({@code return_status} of a removal), or {@code {message, quantity}} of an update. */
    Response status(CartView cart, String message, BigDecimal quantity) {
        headers.shown(cart);
        return ok(out -> {
            if (quantity == null) {
                out.write(message == null ? "" : message);
                return;
            }
            out.writeStartObject().write("message", message == null ? "" : message);
            CartWire.number(out, "quantity", quantity);
            out.writeEnd();
        });
    }

    /**
     * {@code GET cart/coupons} (COCART-PLUS §1.2): the applied coupons with their discount, and {@code value}, the
     * coupon's amount as the admin entered it (the docs page shows it).
     */
    Response coupons(CartView cart) {
        headers.shown(cart);
        return ok(out -> {
            out.writeStartArray();
            for (var total : cart.pricing().priced().coupons()) {
                String value = cart.pricing().coupons().stream().filter(c -> c.code().equals(total.code()))
                        .findFirst().map(c -> c.amount().signum() == 0 ? "0"
                                : c.amount().stripTrailingZeros().toPlainString()).orElse("0");
                out.writeStartObject().write("coupon", total.code()).write("label", "Coupon: " + total.code())
                        .write("discount_type", total.discountType()).write("value", value)
                        .writeStartObject("totals").write("discount", CartWire.minor(total.discount()))
                        .write("discount_tax", CartWire.minor(total.discountTax())).writeEnd().writeEnd();
            }
            out.writeEnd();
        });
    }

    /** A refusal found on a cart the service showed, with that cart's headers. */
    RuntimeException refusal(CartView cart, CartFailure failure, String message) {
        headers.shown(cart);
        return CartExceptionMapper.refusal(failure, message);
    }

    private static Response ok(Consumer<JsonGenerator> body) {
        return Response.ok(CartJson.stream(body), CoCartV2.JSON).build();
    }
}
