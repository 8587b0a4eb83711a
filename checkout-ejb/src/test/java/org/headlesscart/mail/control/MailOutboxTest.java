package org.headlesscart.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.headlesscart.mail.model.MailKind;
import org.headlesscart.mail.model.MailMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox's queue against a real SMTP server (GreenMail): many mails, one task; failures retried. */
class MailOutboxTest {

    /** Holds submitted tasks until the test runs them, so that what was submitted can be counted. */
    static final class HeldExecutor extends ScheduledThreadPoolExecutor {
        final List<Runnable> held = new ArrayList<>();

        HeldExecutor() {
            super(1);
        }

        @Override
        public synchronized void execute(Runnable task) {
            held.add(task);
        }

        synchronized List<Runnable> take() {
            List<Runnable> taken = new ArrayList<>(held);
            held.clear();
            return taken;
        }
    }

    GreenMail smtp;
    HeldExecutor executor = new HeldExecutor();
    MailOutbox outbox = new MailOutbox();

    @BeforeEach
    void start() throws Exception {
        smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        MailSettings settings = new MailSettings();
        settings.host = Optional.of("127.0.0.1");
        settings.port = smtp.getSmtp().getPort();
        settings.username = Optional.empty();
        settings.password = Optional.empty();
        settings.fromAddress = "shop@example.test";
        settings.timeout = Duration.ofSeconds(5);
        settings.attempts = 3;
        settings.retryDelay = Duration.ofMillis(50);
        outbox.settings = settings;
        outbox.scheduler = executor;
    }

    @AfterEach
    void stop() {
        smtp.stop();
        executor.shutdownNow();
    }

    @Test
    void mailsQueuedTogetherShareOneTaskAndAllArrive() throws Exception {
        for (int i = 1; i <= 25; i++) {
            outbox.send(mail(i), "Shop");
        }

        List<Runnable> tasks = executor.take();
        assertEquals(1, tasks.size(), "one drain task for the 25 mails queued while none ran");
        tasks.get(0).run();
        assertEquals(25, smtp.getReceivedMessages().length);

        outbox.send(mail(26), "Shop");
        tasks = executor.take();
        assertEquals(1, tasks.size(), "an idle outbox starts a new task for the next mail");
        tasks.get(0).run();
        assertEquals(26, smtp.getReceivedMessages().length);
    }

    @Test
    void aServerDownAtFirstGetsTheMailOnALaterAttempt() throws Exception {
        smtp.stop();
        outbox.send(mail(1), "Shop");
        executor.take().get(0).run();    // attempt 1 fails: the retry is scheduled on the real scheduler, 50 ms on

        smtp.start();
        List<Runnable> retried = List.of();
        for (int waited = 0; retried.isEmpty() && waited < 5000; waited += 10) {
            TimeUnit.MILLISECONDS.sleep(10);
            retried = executor.take();
        }
        assertEquals(1, retried.size(), "the retry queues the mail again");
        retried.get(0).run();
        assertEquals(1, smtp.getReceivedMessages().length);
        assertTrue(smtp.getReceivedMessages()[0].getSubject().endsWith("#1"));
    }

    private static MailMessage mail(int order) {
        return new MailMessage(MailKind.NEW_ORDER, order, List.of("orders@example.test"), "New order #" + order,
                "text", "<p>html</p>");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
