package org.headlesscart.it;

import static org.headlesscart.it.OrderMailContract.awaitMail;
import static org.headlesscart.it.OrderMailContract.html;
import static org.headlesscart.it.OrderMailContract.sentTo;
import static org.headlesscart.it.OrderMailContract.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.headlesscart.it.fixtures.mail.MailProbeResource;
import org.headlesscart.it.fixtures.mail.OrderEventProbe;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The mail component inside the server, without the checkout in front of it: an order event fired in a transaction
 * (test-only OrderEventProbe, which the {@code *IT} classes deploy with the application) reaches the build's SMTP
 * server (ItMailServer) through Payara's Jakarta Mail, on a managed thread, only once the transaction committed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class MailInternalsContract {

    /** The test-only classes the deployment needs besides the application. */
    public static final Class<?>[] PROBE = {MailProbeResource.class, OrderEventProbe.class,
        OrderEventProbe.RolledBack.class};

    @ArquillianResource
    URL base;

    final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aCommittedOrderEventMailsTheStoreAndTheCustomerInTextAndHtml() throws Exception {
        String buyer = "probe-" + run + "@example.test";

        assertEquals("committed", fire(9_000_001, "", "processing", buyer, false));

        MimeMessage toStore = awaitMail(OrderMailContract.STORE, "[" + storeTitle() + "]: New order #9000001");
        MimeMessage toBuyer = awaitMail(buyer, "Your " + storeTitle() + " order has been received!");
        for (MimeMessage mail : new MimeMessage[] {toStore, toBuyer}) {
            assertTrue(mail.isMimeType("multipart/alternative"), mail.getContentType());
            assertTrue(text(mail).contains("$1,234.50"), text(mail));
            assertTrue(html(mail).contains("$1,234.50"), html(mail));
            assertTrue(html(mail).contains("O&#39;Neil &lt;Probe&gt;"), html(mail));
        }
        assertEquals("new_order", toStore.getHeader("X-HeadlessCart-Mail")[0]);
        assertEquals("customer_processing_order", toBuyer.getHeader("X-HeadlessCart-Mail")[0]);
    }

    @Test
    void aRolledBackChangeSendsNothing() throws Exception {
        String rolledBack = "rolled-back-" + run + "@example.test";
        String committed = "committed-" + run + "@example.test";

        assertEquals("rolled back", fire(9_000_002, "processing", "completed", rolledBack, true));
        assertEquals("committed", fire(9_000_003, "processing", "completed", committed, false));

        // A mail of the rolled-back change would have been queued before the committed one's: it would be here now.
        awaitMail(committed, "Your " + storeTitle() + " order is now complete");
        for (MimeMessage mail : ItMailServer.greenMail().getReceivedMessages()) {
            assertFalse(sentTo(mail, rolledBack), "mailed for a rolled-back change: " + mail.getSubject());
        }
    }

    String fire(long id, String from, String to, String email, boolean rollback) {
        Http http = new Http(base);
        HttpResponse<String> answer = http.send("POST", http.at("wp-json/headlesscart-test/mail/event?id=" + id
                + "&from=" + from + "&to=" + to + "&email=" + email + "&rollback=" + rollback), "text/plain", "");
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    String storeTitle() {
        Http http = new Http(base);
        return Http.object(http.get(http.at("wp-json/cocart/v2/store"))).getString("title");
    }
}
