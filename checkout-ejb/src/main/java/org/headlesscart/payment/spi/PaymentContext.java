package org.headlesscart.payment.spi;

import java.util.List;

/**
 * What a gateway may look at to say whether it can pay an order.
 *
 * @param billingCountry   ISO code, {@code ""} when not known yet
 * @param shippingCountry  ISO code, {@code ""} when not known yet
 * @param totalMinor       the amount to pay in minor units of {@code currency}
 * @param shippingMethods  the chosen rate ids, e.g. {@code flat_rate:1}; empty when nothing ships
 */
public record PaymentContext(String billingCountry, String shippingCountry, String currency, long totalMinor,
        List<String> shippingMethods) {
}
