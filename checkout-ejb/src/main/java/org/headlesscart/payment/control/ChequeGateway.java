package org.headlesscart.payment.control;

import jakarta.enterprise.context.ApplicationScoped;

import org.headlesscart.payment.spi.GatewaySettings;

/** WooCommerce's {@code cheque}: the customer posts a cheque; the order waits on-hold until it has cleared. */
@ApplicationScoped
public class ChequeGateway extends OfflineGateway {

    public ChequeGateway() {
    }

    ChequeGateway(GatewaySettings settings) {
        super(settings);
    }

    @Override
    public String id() {
        return "cheque";
    }

    @Override
    String paidStatus() {
        return "on-hold";
    }

    @Override
    String defaultTitle() {
        return "Check payments";
    }

    @Override
    String defaultDescription() {
        return "Please send a check to Store Name, Store Street, Store Town, Store State / County, Store Postcode.";
    }

    @Override
    public String methodDescription() {
        return "Take payments in person via checks. This offline gateway can also be useful to test purchases.";
    }
}
