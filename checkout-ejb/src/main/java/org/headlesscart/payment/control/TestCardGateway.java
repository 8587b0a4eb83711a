package org.headlesscart.payment.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.headlesscart.payment.spi.GatewaySettings;
import org.headlesscart.payment.spi.PaymentContext;
import org.headlesscart.payment.spi.PaymentGateway;
import org.headlesscart.payment.spi.PaymentOutcome;
import org.headlesscart.payment.spi.PaymentRequest;
import org.headlesscart.payment.spi.RefundOutcome;
import org.headlesscart.payment.spi.RefundRequest;

/**
 * {@code testcard}: a sandbox card gateway whose card number ({@code payment_data} key {@code card_number}; spaces and
 * dashes ignored) decides what happens, so a client can try every branch of {@code payment_result} without a payment
 * provider. Off unless {@code headlesscart.payment.testcard.enabled=true} (the demo store and the ITs switch it on).
 * No money moves and nothing is stored: the numbers are the well-known sandbox numbers card providers publish.
 *
 * <p>{@value #SUCCESS} succeeds (order processing); {@value #DECLINED} is declined; {@value #INSUFFICIENT_FUNDS}
 * has insufficient funds; {@value #EXPIRED} has expired; {@value #REQUIRES_ACTION} answers {@code requires_action}
 * (a 3-D Secure style confirmation, the order left pending) and succeeds when paid again with
 * {@code action_result=confirmed}, or with the {@code client_secret} it handed out; {@code action_result} with any
 * other value fails the authentication. Any other number is refused as incorrect (docs/payments.md).
 */
@ApplicationScoped
public class TestCardGateway implements PaymentGateway {

    public static final String ID = "testcard";
    public static final String SUCCESS = "4242424242424242";
    public static final String DECLINED = "4000000000000002";
    public static final String INSUFFICIENT_FUNDS = "4000000000009995";
    public static final String EXPIRED = "4000000000000069";
    public static final String REQUIRES_ACTION = "4000000000003220";
    public static final String ACTION_TYPE = "testcard_confirm_payment";

    private GatewaySettings settings;

    public TestCardGateway() {
    }

    TestCardGateway(GatewaySettings settings) {
        this.settings = settings;
    }

    private GatewaySettings settings() {
        if (settings == null) {
            settings = GatewaySettings.of(ID);
        }
        return settings;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return settings().text("title", "Test card");
    }

    @Override
    public String description() {
        return settings().text("description", "Sandbox card payments: no money moves. Pay with 4242 4242 4242 4242 "
                + "to succeed, 4000 0000 0000 0002 to be declined, 4000 0000 0000 3220 to confirm the payment.");
    }

    @Override
    public String methodTitle() {
        return "Test card";
    }

    @Override
    public String methodDescription() {
        return "A sandbox card gateway whose card numbers decide success, decline and a confirmation step.";
    }

    @Override
    public String orderButtonText() {
        return null;
    }

    @Override
    public List<String> supports() {
        return List.of("products", "refunds");
    }

    @Override
    public boolean hasFields() {
        return true;
    }

    @Override
    public boolean enabled() {
        return settings().flag("enabled", false);
    }

    @Override
    public boolean testMode() {
        return true;
    }

    @Override
    public boolean isAvailable(PaymentContext context) {
        return true;
    }

    @Override
    public PaymentOutcome process(PaymentRequest request) {
        Map<String, String> data = request.data();
        String secret = clientSecret(request);
        if (data.containsKey("client_secret")) {
            return secret.equals(data.get("client_secret")) ? paid()
                    : PaymentOutcome.failed("The payment could not be confirmed. Please try again.");
        }
        String card = data.getOrDefault("card_number", "").replaceAll("[\\s-]", "");
        return switch (card) {
            case SUCCESS -> paid();
            case DECLINED -> PaymentOutcome.failed("Your card was declined.");
            case INSUFFICIENT_FUNDS -> PaymentOutcome.failed("Your card has insufficient funds.");
            case EXPIRED -> PaymentOutcome.failed("Your card has expired.");
            case REQUIRES_ACTION -> confirm(data.get("action_result"), secret);
            case "" -> PaymentOutcome.failed("Please enter your card number.");
            default -> PaymentOutcome.failed("Your card number is incorrect.");
        };
    }

    private static PaymentOutcome confirm(String actionResult, String secret) {
        if (actionResult == null) {
            return PaymentOutcome.requiresAction(ACTION_TYPE,
                    Map.of("client_secret", secret, "intent_type", "payment_intent"));
        }
        return "confirmed".equals(actionResult) ? paid()
                : PaymentOutcome.failed("We are unable to authenticate your payment method. Please choose a "
                        + "different payment method and try again.");
    }

    private static PaymentOutcome paid() {
        return PaymentOutcome.success("processing", "tc_" + UUID.randomUUID().toString().replace("-", ""));
    }

    /**
     * The secret of the order's confirmation: derived from its id and key, so the gateway keeps no state and a secret
     * of one order does not confirm another.
     */
    static String clientSecret(PaymentRequest request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((ID + ':' + request.orderId() + ':' + request.orderKey()).getBytes(StandardCharsets.UTF_8));
            return "tc_" + request.orderId() + "_secret_" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** Sandbox refunds always go through: nothing moved, nothing to give back. */
    @Override
    public RefundOutcome refund(RefundRequest request) {
        return RefundOutcome.done();
    }
}
