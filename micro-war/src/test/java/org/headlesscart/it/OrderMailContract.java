package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import com.icegreen.greenmail.util.GreenMail;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Order e-mails end to end (issue 19 item 5, docs/emails.md): an order placed through {@code POST /checkout} and a
 * status changed through {@code wc/v3/orders} reach a real SMTP server (ItMailServer, GreenMail, started by the
 * build) with the right recipients, subject, order number and total in the text and the HTML part. Runs in the
 * catalog-writes execution: it creates its products, and checkout needs the demo store's pricing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class OrderMailContract {

    /** HEADLESSCART_MAIL_STORE_RECIPIENT of the IT servers (micro-war and ear-it poms). */
    static final String STORE = "orders@shop.example.test";
    static final String ADMIN = "admin:adminpass";
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @ArquillianResource
    URL base;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aCashOnDeliveryOrderMailsTheStoreAndTheCustomer() throws Exception {
        String buyer = "buyer-" + run + "@example.test";
        JsonObject order = placeCodOrder("Mail mug " + run, "1234.50", buyer);
        String number = order.getString("order_number");
        String title = storeTitle();

        MimeMessage toStore = awaitMail(STORE, "[" + title + "]: New order #" + number);
        MimeMessage toBuyer = awaitMail(buyer, "Your " + title + " order has been received!");

        assertEquals("processing", order.getString("status"), order.toString());
        assertOnlyRecipient(STORE, toStore);
        assertOnlyRecipient(buyer, toBuyer);
        for (MimeMessage mail : new MimeMessage[] {toStore, toBuyer}) {
            assertTrue(mail.isMimeType("multipart/alternative"), mail.getContentType());
            for (String part : new String[] {text(mail), html(mail)}) {
                assertTrue(part.contains("#" + number), part);
                assertTrue(part.contains("$1,234.50"), "the total, formatted as the store shows prices: " + part);
                assertTrue(part.contains("Mail mug " + run), part);
            }
        }
        assertTrue(html(toBuyer).contains("O&#39;Neil &amp; Sons"), "the HTML part escapes the buyer's name");
        assertTrue(text(toBuyer).contains("O'Neil & Sons"), "the text part shows it as typed");
    }

    @Test
    void cancellingAPlacedOrderMailsTheStoreAndTheCustomer() throws Exception {
        String buyer = "canceller-" + run + "@example.test";
        JsonObject order = placeCodOrder("Cancelled mug " + run, "7.00", buyer);
        String number = order.getString("order_number");
        String title = storeTitle();

        HttpResponse<String> cancelled = admin("PUT", "orders/" + order.getJsonNumber("order_id").longValue(),
                "{\"status\":\"cancelled\"}");

        assertEquals(200, cancelled.statusCode(), cancelled.body());
        MimeMessage toStore = awaitMail(STORE, "[" + title + "]: Order #" + number + " has been cancelled");
        MimeMessage toBuyer = awaitMail(buyer, "Your " + title + " order #" + number + " has been cancelled");
        assertTrue(text(toStore).contains("$7.00"), text(toStore));
        assertTrue(html(toBuyer).contains("$7.00"), html(toBuyer));
    }

    /** A new product at the price (virtual: no shipping to choose), one unit in a guest cart, paid on delivery. */
    JsonObject placeCodOrder(String productName, String price, String buyer) {
        HttpResponse<String> product = admin("POST", "products", Json.createObjectBuilder().add("name", productName)
                .add("regular_price", price).add("virtual", true).build().toString());
        assertEquals(201, product.statusCode(), product.body());
        CartJourney journey = new CartJourney(new Http(base));
        String key = journey.newCartWith(Long.toString(Http.object(product).getJsonNumber("id").longValue()), "1");
        // Portland, Oregon: no sales tax in the demo store, so the total is the price.
        String body = Json.createObjectBuilder()
                .add("billing_address", Json.createObjectBuilder().add("first_name", "Ann")
                        .add("last_name", "O'Neil & Sons").add("address_1", "12 Elm Street").add("city", "Portland")
                        .add("state", "OR").add("postcode", "97201").add("country", "US").add("email", buyer)
                        .add("phone", "555-0100"))
                .add("payment_method", "cod").build().toString();
        Http http = new Http(base);
        HttpResponse<String> placed = http.send("POST", http.at("wp-json/cocart/v2/checkout?cart_key=" + key),
                "application/json", body);
        assertEquals(200, placed.statusCode(), placed.body());
        return Http.object(placed);
    }

    String storeTitle() {
        Http http = new Http(base);
        return Http.object(http.get(http.at("wp-json/cocart/v2/store"))).getString("title");
    }

    /** The first mail to the recipient with the subject, waiting for it as GreenMail receives mails. */
    static MimeMessage awaitMail(String recipient, String subject) throws MessagingException {
        GreenMail mails = ItMailServer.greenMail();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            MimeMessage[] received = mails.getReceivedMessages();
            for (MimeMessage mail : received) {
                if (subject.equals(mail.getSubject()) && sentTo(mail, recipient)) {
                    return mail;
                }
            }
            if (System.nanoTime() > deadline) {
                fail("no mail \"" + subject + "\" to " + recipient + " within " + PATIENCE + "; received: "
                        + subjects(received));
            }
            mails.waitForIncomingEmail(500, received.length + 1);
        }
    }

    static boolean sentTo(MimeMessage mail, String recipient) throws MessagingException {
        Address[] to = mail.getAllRecipients();
        return to != null && Arrays.stream(to).anyMatch(a -> ((InternetAddress) a).getAddress()
                .equalsIgnoreCase(recipient));
    }

    static void assertOnlyRecipient(String recipient, MimeMessage mail) throws MessagingException {
        assertEquals(1, mail.getAllRecipients().length, Arrays.toString(mail.getAllRecipients()));
        assertTrue(sentTo(mail, recipient), Arrays.toString(mail.getAllRecipients()));
    }

    static String text(MimeMessage mail) throws Exception {
        return part(mail, "text/plain");
    }

    static String html(MimeMessage mail) throws Exception {
        return part(mail, "text/html");
    }

    private static String part(MimeMessage mail, String type) throws Exception {
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType(type)) {
                return (String) parts.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("no " + type + " part in " + mail.getSubject());
    }

    private static String subjects(MimeMessage[] mails) throws MessagingException {
        StringBuilder subjects = new StringBuilder();
        for (MimeMessage mail : mails) {
            subjects.append('\n').append(mail.getSubject());
        }
        return subjects.toString();
    }

    HttpResponse<String> admin(String method, String path, String json) {
        String basic = "Basic " + Base64.getEncoder().encodeToString(ADMIN.getBytes(StandardCharsets.UTF_8));
        Http http = new Http(base);
        return http.send(HttpRequest.newBuilder(http.at("wp-json/wc/v3/" + path)).header("Authorization", basic)
                .header("Content-Type", "application/json")
                .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json)));
    }
}
