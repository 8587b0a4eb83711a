package org.headlesscart.payment.control;

import jakarta.enterprise.context.ApplicationScoped;

import org.headlesscart.payment.model.BankAccount;
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

    /**
     * The store's account, WooCommerce's "Account details" of BACS (one account): account name, bank name, account
     * number, sort code, IBAN and BIC / Swift under {@code headlesscart.payment.bacs.account-name}, {@code .bank-name},
     * {@code .account-number}, {@code .sort-code}, {@code .iban}, {@code .bic}; read on each call as every setting.
     */
    public BankAccount account() {
        GatewaySettings settings = settings();
        return new BankAccount(settings.text("account-name", ""), settings.text("bank-name", ""),
                settings.text("account-number", ""), settings.text("sort-code", ""), settings.text("iban", ""),
                settings.text("bic", ""));
    }

    @Override
    public String methodDescription() {
        return "Take payments in person via BACS. More commonly known as direct bank/wire transfer.";
    }
}
