package org.headlesscart.mail.control;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;

import org.headlesscart.mail.model.MailMessage;

/**
 * Sends rendered mails on the server's managed scheduler, never on the thread that placed or changed the order:
 * an SMTP server that is slow or down must not slow or fail a checkout. A failed attempt is retried
 * {@code headlesscart.mail.attempts} times in all, {@code retry-delay} apart and then twice that, and so on; a mail
 * that runs out of attempts is logged and dropped. Log lines name the mail and order, never the recipients.
 * <p>
 * Mails wait in a queue that one task drains: under load many mails share one scheduled task, because scheduling
 * on Payara's managed scheduler captures the caller's context through the service loader, which cost more CPU than
 * the SMTP conversation itself in the checkout benchmark.
 */
@ApplicationScoped
public class MailOutbox {

    private static final Logger LOG = System.getLogger(MailOutbox.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ScheduledExecutorService scheduler;

    @Inject
    MailSettings settings;

    private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile Session session;

    private record Pending(MailMessage mail, String fromName, int attempt) {
    }

    /** Queues the mail; returns at once. */
    public void send(MailMessage mail, String fromName) {
        enqueue(new Pending(mail, fromName, 1));
    }

    private void enqueue(Pending pending) {
        queue.add(pending);
        if (draining.compareAndSet(false, true)) {
            try {
                scheduler.execute(this::drain);
            } catch (RejectedExecutionException shuttingDown) {
                draining.set(false);
                dropAll();
            }
        }
    }

    /** Sends until the queue is empty; a mail queued while the drainer is stopping is caught by the re-check. */
    private void drain() {
        while (true) {
            Pending pending = queue.poll();
            if (pending != null) {
                attempt(pending);
                continue;
            }
            draining.set(false);
            if (queue.isEmpty() || !draining.compareAndSet(false, true)) {
                return;
            }
        }
    }

    private void attempt(Pending pending) {
        MailMessage mail = pending.mail();
        try {
            SmtpTransport.send(mail, session(), settings, pending.fromName());
            LOG.log(Level.INFO, "Sent order e-mail {0} for order {1} ({2} recipient(s), attempt {3})",
                    mail.kind().id(), mail.orderId(), mail.to().size(), pending.attempt());
        } catch (AddressException badAddress) {
            LOG.log(Level.WARNING, "Order e-mail {0} for order {1} not sent: unusable address ({2})",
                    mail.kind().id(), mail.orderId(), badAddress.getMessage());
        } catch (MessagingException | RuntimeException failed) {
            retryOrGiveUp(pending, failed);
        }
    }

    private Session session() {
        Session made = session;
        if (made == null) {
            made = SmtpTransport.session(settings);   // two threads may both make one: harmless, they are equal
            session = made;
        }
        return made;
    }

    private void retryOrGiveUp(Pending pending, Exception failed) {
        MailMessage mail = pending.mail();
        int attempt = pending.attempt();
        if (attempt < settings.attempts()) {
            Duration delay = settings.retryDelay().multipliedBy(1L << Math.min(attempt - 1, 10));
            LOG.log(Level.WARNING, "Order e-mail {0} for order {1}: attempt {2} of {3} failed ({4}); retrying in {5}",
                    mail.kind().id(), mail.orderId(), attempt, settings.attempts(), failed.toString(), delay);
            Pending next = new Pending(mail, pending.fromName(), attempt + 1);
            try {
                scheduler.schedule(() -> enqueue(next), delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException shuttingDown) {
                notSent(next);
            }
        } else {
            LOG.log(Level.ERROR, "Order e-mail {0} for order {1} not sent after {2} attempt(s): {3}",
                    mail.kind().id(), mail.orderId(), attempt, failed.toString());
        }
    }

    private void dropAll() {
        for (Pending pending = queue.poll(); pending != null; pending = queue.poll()) {
            notSent(pending);
        }
    }

    private static void notSent(Pending pending) {
        LOG.log(Level.WARNING, "Order e-mail {0} for order {1} not sent: the server is stopping",
                pending.mail().kind().id(), pending.mail().orderId());
    }
}
