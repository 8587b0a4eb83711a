package org.headlesscart.payment.control;

import java.util.List;

import org.headlesscart.payment.spi.GatewaySettings;
import org.headlesscart.payment.spi.PaymentContext;
import org.headlesscart.payment.spi.PaymentGateway;
import org.headlesscart.payment.spi.PaymentOutcome;
import org.headlesscart.payment.spi.PaymentRequest;
import org.headlesscart.payment.spi.RefundOutcome;
import org.headlesscart.payment.spi.RefundRequest;

/**
 * WooCommerce's offline gateways (bank transfer, cheque, cash on delivery): no money moves through the store, so
 * paying only moves the order to the status that says what comes next, and refunds are made by hand (unsupported).
 * Titles and texts default to WooCommerce's and can be changed under {@code headlesscart.payment.<id>.*}.
 */
abstract class OfflineGateway implements PaymentGateway {

    private GatewaySettings settings;

    OfflineGateway() {
    }

    OfflineGateway(GatewaySettings settings) {
        this.settings = settings;
    }

    /** The status a placed order moves to: on-hold while the money is on its way, processing when it comes later. */
    abstract String paidStatus();

    abstract String defaultTitle();

    abstract String defaultDescription();

    GatewaySettings settings() {
        if (settings == null) {
            settings = GatewaySettings.of(id());
        }
        return settings;
    }

    @Override
    public String title() {
        return settings().text("title", defaultTitle());
    }

    @Override
    public String description() {
        return settings().text("description", defaultDescription());
    }

    @Override
    public String methodTitle() {
        return defaultTitle();
    }

    @Override
    public String orderButtonText() {
        return null;
    }

    @Override
    public List<String> supports() {
        return List.of("products");
    }

    @Override
    public boolean hasFields() {
        return false;
    }

    @Override
    public boolean enabled() {
        return settings().flag("enabled", true);
    }

    @Override
    public boolean testMode() {
        return false;
    }

    @Override
    public boolean isAvailable(PaymentContext context) {
        return true;
    }

    @Override
    public PaymentOutcome process(PaymentRequest request) {
        return PaymentOutcome.success(paidStatus(), "");
    }

    @Override
    public RefundOutcome refund(RefundRequest request) {
        return RefundOutcome.unsupported();
    }
}
