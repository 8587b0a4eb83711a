package org.headlesscart.payment.control;

import java.util.List;
import java.util.Map;

import org.headlesscart.payment.spi.GatewaySettings;
import org.headlesscart.payment.spi.PaymentGateway;

/** The built-in gateways read from a map of settings, in the built-in order (gateway constructors are package-private). */
public final class GatewaysTestSupport {

    private GatewaysTestSupport() {
    }

    public static List<PaymentGateway> builtIns(Map<String, String> settings) {
        return Gateways.sorted(List.of(new BankTransferGateway(GatewaySettings.of("bacs", settings)),
                new ChequeGateway(GatewaySettings.of("cheque", settings)),
                new CashOnDeliveryGateway(GatewaySettings.of("cod", settings)),
                new TestCardGateway(GatewaySettings.of("testcard", settings))), Gateways::builtIn);
    }
}
