package org.headlesscart.mail.control;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;

import org.headlesscart.mail.model.MailMessage;

/**
 * Sends rendered mails on the server's managed scheduler, never on the thread that placed or changed the order:
 * an SMTP server that is slow or down must not slow or fail a checkout. A failed attempt is retried
 * {@code headlesscart.mail.attempts} times in all, {@code retry-delay} apart and then twice that, and so on; a mail
 * that runs out of attempts is logged and dropped. Log lines name the mail and order, never the recipients.
 */
@ApplicationScoped
public class MailOutbox {

    private static final Logger LOG = System.getLogger(MailOutbox.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    MailSettings settings;

    /** Queues the mail; returns at once. */
    public void send(MailMessage mail, String fromName) {
        schedule(mail, fromName, 1, Duration.ZERO);
    }

    private void schedule(MailMessage mail, String fromName, int attempt, Duration delay) {
        try {
            scheduler.schedule(() -> attempt(mail, fromName, attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            LOG.log(Level.WARNING, "Order e-mail {0} for order {1} not sent: the server is stopping",
                    mail.kind().id(), mail.orderId());
        }
    }

    private void attempt(MailMessage mail, String fromName, int attempt) {
        try {
            SmtpTransport.send(mail, settings, fromName);
            LOG.log(Level.INFO, "Sent order e-mail {0} for order {1} ({2} recipient(s), attempt {3})",
                    mail.kind().id(), mail.orderId(), mail.to().size(), attempt);
        } catch (AddressException badAddress) {
            LOG.log(Level.WARNING, "Order e-mail {0} for order {1} not sent: unusable address ({2})",
                    mail.kind().id(), mail.orderId(), badAddress.getMessage());
        } catch (MessagingException | RuntimeException failed) {
            retryOrGiveUp(mail, fromName, attempt, failed);
        }
    }

    private void retryOrGiveUp(MailMessage mail, String fromName, int attempt, Exception failed) {
        if (attempt < settings.attempts()) {
            Duration delay = settings.retryDelay().multipliedBy(1L << Math.min(attempt - 1, 10));
            LOG.log(Level.WARNING, "Order e-mail {0} for order {1}: attempt {2} of {3} failed ({4}); retrying in {5}",
                    mail.kind().id(), mail.orderId(), attempt, settings.attempts(), failed.toString(), delay);
            schedule(mail, fromName, attempt + 1, delay);
        } else {
            LOG.log(Level.ERROR, "Order e-mail {0} for order {1} not sent after {2} attempt(s): {3}",
                    mail.kind().id(), mail.orderId(), attempt, failed.toString());
        }
    }
}
