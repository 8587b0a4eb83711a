package org.headlesscart.payment.control;

import jakarta.enterprise.context.ApplicationScoped;

import org.headlesscart.payment.spi.GatewaySettings;

/** WooCommerce's {@code bacs}: the customer transfers the money; the order waits on-hold until staff see it arrive. */
@ApplicationScoped
public class BankTransferGateway extends OfflineGateway {

    public BankTransferGateway() {
    }

    BankTransferGateway(GatewaySettings settings) {
        super(settings);
    }

    @Override
    public String id() {
        return "bacs";
    }

    @Override
    String paidStatus() {
        return "on-hold";
    }

    @Override
    String defaultTitle() {
        return "Direct bank transfer";
    }

    @Override
    String defaultDescription() {
        return "Make your payment directly into our bank account. Please use your Order ID as the payment reference. "
                + "Your order will not be shipped until the funds have cleared in our account.";
    }

    @Override
    public String methodDescription() {
        return "Take payments in person via BACS. More commonly known as direct bank/wire transfer.";
    }
}
