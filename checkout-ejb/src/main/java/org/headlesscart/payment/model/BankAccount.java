package org.headlesscart.payment.model;

/**
 * The store's bank account for direct bank transfers, as WooCommerce's BACS gateway lists it on the order-received
 * page ("Our bank details"): configured under {@code headlesscart.payment.bacs.*} (docs/payments.md). A detail not
 * configured is empty.
 */
public record BankAccount(String accountName, String bankName, String accountNumber, String sortCode, String iban,
        String bic) {

    /** Whether anything is configured: without it the page shows the instructions only. */
    public boolean isConfigured() {
        return !(accountName + bankName + accountNumber + sortCode + iban + bic).isEmpty();
    }
}
