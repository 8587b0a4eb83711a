package org.headlesscart.payment.control;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.headlesscart.payment.spi.GatewaySettings;
import org.headlesscart.payment.spi.PaymentContext;

/**
 * WooCommerce's {@code cod}: paid in cash when the parcel arrives, so the order goes straight to processing (it is
 * shipped before the money comes). Like WooCommerce it can be restricted to shipping methods
 * ({@code headlesscart.payment.cod.enable-for-methods}: method ids such as {@code flat_rate} or rate ids such as
 * {@code flat_rate:1}) and refused for orders that ship nothing ({@code enable-for-virtual=false}).
 */
@ApplicationScoped
public class CashOnDeliveryGateway extends OfflineGateway {

    public CashOnDeliveryGateway() {
    }

    CashOnDeliveryGateway(GatewaySettings settings) {
        super(settings);
    }

    @Override
    public String id() {
        return "cod";
    }

    @Override
    String paidStatus() {
        return "processing";
    }

    @Override
    String defaultTitle() {
        return "Cash on delivery";
    }

    @Override
    String defaultDescription() {
        return "Pay with cash upon delivery.";
    }

    @Override
    public String methodDescription() {
        return "Have your customers pay with cash (or by other means) upon delivery.";
    }

    /** The shipping methods it is restricted to ({@code enable-for-methods}); empty when it takes any. */
    @Override
    public List<String> restrictedToShippingMethods() {
        return settings().list("enable-for-methods");
    }

    /**
     * WooCommerce's {@code is_available()}: an order that ships nothing only when {@code enable-for-virtual}; one
     * that ships only when every chosen rate matches a restriction by its method id or its whole rate id. An order
     * whose rate is not chosen yet counts as shipping nothing: the checkout checks again once it is.
     */
    @Override
    public boolean isAvailable(PaymentContext context) {
        List<String> rates = context.shippingMethods();
        if (rates.isEmpty()) {
            return settings().flag("enable-for-virtual", true);
        }
        List<String> allowed = restrictedToShippingMethods();
        return allowed.isEmpty() || rates.stream().allMatch(rate -> allowed.contains(rate)
                || allowed.contains(rate.contains(":") ? rate.substring(0, rate.indexOf(':')) : rate));
    }
}
