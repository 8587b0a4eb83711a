/**
 * Order e-mails (issue 19, docs/emails.md): the mails WooCommerce sends when an order is placed or changes status,
 * worded for this store and sent through Jakarta Mail to the SMTP server {@code headlesscart.mail.*} names.
 *
 * <p><b>Operations.</b> None to call: {@link org.headlesscart.mail.boundary.OrderMailer} observes
 * {@link org.headlesscart.order.model.OrderEvent} after the transaction that fired it committed, picks the mails
 * ({@link org.headlesscart.mail.control.MailRules}), renders them
 * ({@link org.headlesscart.mail.control.OrderMailRenderer}) and hands them to
 * {@link org.headlesscart.mail.control.MailOutbox}, which sends them on a managed thread with bounded retries. A mail
 * that cannot be sent is logged; it never fails, slows or rolls back an order.
 *
 * <p><b>Mails.</b> New order (store), order on hold and processing ("order received", customer), completed
 * (customer), cancelled (store, and, unlike WooCommerce, the customer too). Each is plain text and HTML
 * ({@code multipart/alternative}).
 *
 * <p><b>Depends on.</b> order.model (the event and view), catalog.boundary (the store's name and currency).
 *
 * <p><b>Out of scope.</b> Failed, refunded, customer-note and account mails; templates an operator can edit;
 * a persistent outbox (a mail still being retried when the server stops is lost, and logged as not sent).
 */
package org.headlesscart.mail;
