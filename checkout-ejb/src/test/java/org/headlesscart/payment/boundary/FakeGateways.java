package org.headlesscart.payment.boundary;

import java.util.List;
import java.util.Map;

import org.headlesscart.payment.control.GatewaysTestSupport;
import org.headlesscart.payment.spi.PaymentGateway;

/** The built-in gateways configured from a map, for tests outside their package. */
final class FakeGateways {

    private FakeGateways() {
    }

    static List<PaymentGateway> builtIns(Map<String, String> settings) {
        return GatewaysTestSupport.builtIns(settings);
    }
}
