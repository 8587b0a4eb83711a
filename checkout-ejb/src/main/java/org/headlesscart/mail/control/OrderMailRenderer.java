package org.headlesscart.mail.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.headlesscart.catalog.model.StoreView;
import org.headlesscart.mail.model.MailKind;
import org.headlesscart.mail.model.MailMessage;
import org.headlesscart.order.model.OrderView;

/** Turns an order and a mail kind into the message to send: recipients, subject, text and HTML. */
public final class OrderMailRenderer {

    private OrderMailRenderer() {
    }

    /**
     * @param storeRecipients  who gets the store's mails
     * @param orderReceivedUrl the link template ({@link MailSettings#orderReceivedUrl()}) with {@code {order_id}},
     *                         {@code {order_key}} and {@code {order_number}}; without it the store's home URL and
     *                         WooCommerce's path, without either no link
     * @return empty when nobody is to receive it (no store recipient, or a customer without an e-mail address)
     */
    public static Optional<MailMessage> render(MailKind kind, OrderView order, StoreView store,
            List<String> storeRecipients, Optional<String> orderReceivedUrl) {
        List<String> to = kind.toStore() ? storeRecipients
                : order.billing().email().isBlank() ? List.of() : List.of(order.billing().email().strip());
        if (to.isEmpty()) {
            return Optional.empty();
        }
        MailContent content = MailContent.of(kind, order, store.title(),
                new MoneyText(store.currency(), order.currency()), link(order, store, orderReceivedUrl));
        return Optional.of(new MailMessage(kind, order.id(), to, content.subject(), TextBody.render(content),
                HtmlBody.render(content)));
    }

    static Optional<String> link(OrderView order, StoreView store, Optional<String> template) {
        String id = Long.toString(order.id());
        String key = URLEncoder.encode(order.orderKey(), StandardCharsets.UTF_8);
        if (template.isPresent()) {
            return Optional.of(template.get().replace("{order_id}", id).replace("{order_key}", key)
                    .replace("{order_number}", URLEncoder.encode(order.number(), StandardCharsets.UTF_8)));
        }
        return store.homeUrl().filter(home -> !home.isBlank()).map(home -> home.replaceAll("/+$", "")
                + "/checkout/order-received/" + id + "/?key=" + key);
    }
}
