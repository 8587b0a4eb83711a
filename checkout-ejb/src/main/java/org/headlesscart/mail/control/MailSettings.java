package org.headlesscart.mail.control;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code headlesscart.mail.*} (docs/configuration.md, docs/emails.md); defaults in this module's
 * {@code microprofile-config.properties}. Optional keys are {@code Optional}: MicroProfile Config treats an empty
 * value as missing, and an operator unsets a key by leaving it empty.
 */
@ApplicationScoped
public class MailSettings {

    @Inject @ConfigProperty(name = "headlesscart.mail.enabled") boolean enabled;
    @Inject @ConfigProperty(name = "headlesscart.mail.host") Optional<String> host;
    @Inject @ConfigProperty(name = "headlesscart.mail.port") int port;
    @Inject @ConfigProperty(name = "headlesscart.mail.starttls") boolean starttls;
    @Inject @ConfigProperty(name = "headlesscart.mail.username") Optional<String> username;
    @Inject @ConfigProperty(name = "headlesscart.mail.password") Optional<String> password;
    @Inject @ConfigProperty(name = "headlesscart.mail.from-address") String fromAddress;
    @Inject @ConfigProperty(name = "headlesscart.mail.from-name") Optional<String> fromName;
    @Inject @ConfigProperty(name = "headlesscart.mail.store-recipient") Optional<String> storeRecipient;
    @Inject @ConfigProperty(name = "headlesscart.mail.order-received-url") Optional<String> orderReceivedUrl;
    @Inject @ConfigProperty(name = "headlesscart.payment.return-url") Optional<String> paymentReturnUrl;
    @Inject @ConfigProperty(name = "headlesscart.mail.timeout") Duration timeout;
    @Inject @ConfigProperty(name = "headlesscart.mail.attempts") int attempts;
    @Inject @ConfigProperty(name = "headlesscart.mail.retry-delay") Duration retryDelay;

    /** Whether mails go out at all: switched on and a host to send them to. */
    public boolean sending() {
        return enabled && host().isPresent();
    }

    public boolean enabled() { return enabled; }
    public Optional<String> host() { return host.map(String::strip).filter(h -> !h.isEmpty()); }
    public int port() { return port; }
    public boolean starttls() { return starttls; }
    public Optional<String> username() { return username.filter(u -> !u.isBlank()); }
    public String password() { return password.orElse(""); }
    public String fromAddress() { return fromAddress.strip(); }
    public Optional<String> fromName() { return fromName.filter(n -> !n.isBlank()); }

    /**
     * The customer's link template: {@code headlesscart.mail.order-received-url}, else the payment's return URL (where
     * a paid customer lands) when it is absolute; a relative one means nothing in a mail.
     */
    public Optional<String> orderReceivedUrl() {
        return orderReceivedUrl.filter(u -> !u.isBlank())
                .or(() -> paymentReturnUrl.filter(u -> u.startsWith("https://") || u.startsWith("http://")));
    }

    public Duration timeout() { return timeout; }
    public int attempts() { return Math.max(1, attempts); }
    public Duration retryDelay() { return retryDelay; }

    /** The store's recipients of new and cancelled orders, comma-separated; the from address when not set. */
    public List<String> storeRecipients() {
        return Arrays.stream(storeRecipient.orElse(fromAddress).split(",")).map(String::strip)
                .filter(a -> !a.isEmpty()).toList();
    }
}
