package org.headlesscart.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.headlesscart.catalog.model.StoreView;
import org.headlesscart.mail.model.MailKind;
import org.headlesscart.mail.model.MailMessage;
import org.headlesscart.order.model.OrderView;
import org.junit.jupiter.api.Test;

class OrderMailRendererTest {

    static final StoreView SHOP = Orders.store("Demo Shop", Orders.DOLLARS, "https://shop.example.test/");
    static final List<String> STAFF = List.of("orders@shop.example.test", "boss@shop.example.test");

    MailMessage render(MailKind kind, OrderView order) {
        return OrderMailRenderer.render(kind, order, SHOP, STAFF, Optional.empty()).orElseThrow();
    }

    @Test
    void theNewOrderMailGoesToTheStoreWithLinesTotalsAndAddressesInBothParts() {
        MailMessage mail = render(MailKind.NEW_ORDER, Orders.order());

        assertEquals(STAFF, mail.to());
        assertEquals("[Demo Shop]: New order #1234", mail.subject());
        for (String part : List.of(mail.text(), mail.html())) {
            assertTrue(part.contains("#1234"), part);
            assertTrue(part.contains("T-Shirt \u00d7 2"), part);
            assertTrue(part.contains("$2,000.50"), "line subtotal, store's separators: " + part);
            assertTrue(part.contains("Size: L"), "visible meta: " + part);
            assertFalse(part.contains("_reduced_stock"), "hidden meta: " + part);
            assertTrue(part.contains("-$2.00"), "discount: " + part);
            assertTrue(part.contains("$5.00 via Flat rate"), "shipping: " + part);
            assertTrue(part.contains("$3.50"), "tax: " + part);
            assertTrue(part.contains("Cash on delivery"), part);
            assertTrue(part.contains("$2,016.00"), "total: " + part);
            assertTrue(part.contains("12 Elm Street"), part);
            assertTrue(part.contains("Portland, OR 97201"), part);
            assertTrue(part.contains("ann@example.com"), part);
            assertTrue(part.contains("Ann Lee"), part);
        }
        assertTrue(mail.text().contains("Total: $2,016.00\n"), mail.text());
        assertFalse(mail.text().contains("View your order"), "no customer link in a store mail");
    }

    @Test
    void customerMailsGoToTheBillingAddressWithALinkToTheOrder() {
        MailMessage processing = render(MailKind.CUSTOMER_PROCESSING, Orders.order());
        MailMessage completed = render(MailKind.CUSTOMER_COMPLETED, Orders.order());
        MailMessage cancelled = render(MailKind.CUSTOMER_CANCELLED, Orders.order());

        assertEquals(List.of("ann@example.com"), processing.to());
        assertEquals("Your Demo Shop order has been received!", processing.subject());
        assertEquals("Your Demo Shop order is now complete", completed.subject());
        assertEquals("Your Demo Shop order #1234 has been cancelled", cancelled.subject());
        String link = "https://shop.example.test/checkout/order-received/1234/?key=wc_order_AbCdEfGhIjKlM";
        assertTrue(processing.text().contains("Hi Ann,"), processing.text());
        assertTrue(processing.text().contains("View your order: " + link + "\n"), processing.text());
        assertTrue(processing.html().contains("<a href=\"" + link + "\""), processing.html());
        assertTrue(cancelled.text().contains("has been cancelled"), cancelled.text());
    }

    @Test
    void aConfiguredLinkTemplateWinsAndWithoutAnyTheMailHasNoLink() {
        OrderView order = Orders.order();
        StoreView noHome = Orders.store("Demo Shop", Orders.DOLLARS, null);

        MailMessage templated = OrderMailRenderer.render(MailKind.CUSTOMER_ON_HOLD, order, noHome, STAFF,
                Optional.of("https://front.test/thanks?order={order_id}&key={order_key}&n={order_number}"))
                .orElseThrow();
        MailMessage unlinked = OrderMailRenderer.render(MailKind.CUSTOMER_ON_HOLD, order, noHome, STAFF,
                Optional.empty()).orElseThrow();

        assertTrue(templated.text().contains("https://front.test/thanks?order=1234&key=wc_order_AbCdEfGhIjKlM&n=1234"),
                templated.text());
        assertTrue(templated.html().contains("thanks?order=1234&amp;key=wc_order_AbCdEfGhIjKlM&amp;n=1234"),
                "an attribute is escaped too: " + templated.html());
        assertFalse(unlinked.text().contains("View your order"), unlinked.text());
        assertFalse(unlinked.html().contains("<a "), unlinked.html());
    }

    @Test
    void whatTheCustomerTypedIsEscapedInHtmlAndLeftAsTypedInText() {
        String evil = "<script>alert('x')</script>";
        OrderView order = Orders.order(Orders.billing("<b>Ann</b>", "O'Neil & \"Co\"", "ann@example.com"),
                "Mug " + evil, "Leave it at the <door>");

        MailMessage mail = render(MailKind.NEW_ORDER, order);
        MailMessage customer = render(MailKind.CUSTOMER_PROCESSING, order);

        assertFalse(mail.html().contains("<script>"), mail.html());
        assertFalse(mail.html().contains("<b>Ann"), mail.html());
        assertTrue(mail.html().contains("Mug &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), mail.html());
        assertTrue(mail.html().contains("&lt;b&gt;Ann&lt;/b&gt; O&#39;Neil &amp; &quot;Co&quot;"), mail.html());
        assertTrue(mail.html().contains("Leave it at the &lt;door&gt;"), mail.html());
        assertTrue(customer.html().contains("Hi &lt;b&gt;Ann&lt;/b&gt;,"), customer.html());
        assertTrue(mail.text().contains("Mug " + evil), "plain text is not HTML: " + mail.text());
        assertTrue(mail.text().contains("Note: Leave it at the <door>"), mail.text());
    }

    @Test
    void pricesEnteredWithTaxShowTaxIncludedAndTheStoresCurrencyFormat() {
        OrderView net = Orders.order();
        OrderView gross = new OrderView(net.id(), net.number(), net.orderKey(), net.status(), "EUR", true,
                net.customerId(), net.createdVia(), net.cartKey(), net.cartHash(), net.billing(), net.shipping(),
                net.paymentMethod(), net.paymentMethodTitle(), net.transactionId(), net.customerNote(),
                net.customerIp(), net.customerUserAgent(), net.totals(), net.lines(), net.shippingLines(),
                net.feeLines(), net.couponLines(), net.taxLines(), net.stockState(), net.holdUntil(),
                net.createdAt(), net.updatedAt(), net.paidAt(), net.completedAt(), net.version());
        StoreView euroShop = Orders.store("Laden", Orders.EUROS, null);

        MailMessage mail = OrderMailRenderer.render(MailKind.NEW_ORDER, gross, euroShop, STAFF, Optional.empty())
                .orElseThrow();

        assertTrue(mail.text().contains("Total: 2.016,00 \u20ac (includes 3,50 \u20ac tax)\n"), mail.text());
        assertFalse(mail.text().contains("Tax: "), "no separate tax rows: " + mail.text());
        assertTrue(mail.html().contains("2.000,50 \u20ac"), mail.html());
    }

    @Test
    void nobodyToTellMeansNoMail() {
        OrderView noEmail = Orders.order(Orders.billing("Ann", "Lee", ""), "T-Shirt", "");

        assertEquals(Optional.empty(), OrderMailRenderer.render(MailKind.CUSTOMER_PROCESSING, noEmail, SHOP, STAFF,
                Optional.empty()));
        assertEquals(Optional.empty(), OrderMailRenderer.render(MailKind.NEW_ORDER, noEmail, SHOP, List.of(),
                Optional.empty()));
    }
}
