package org.headlesscart.payment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.headlesscart.payment.spi.GatewaySettings;
import org.headlesscart.payment.spi.PaymentGateway;
import org.junit.jupiter.api.Test;

class GatewaysTest {

    static List<PaymentGateway> builtIns() {
        return List.of(new TestCardGateway(GatewaySettings.of("testcard", Map.of())),
                new CashOnDeliveryGateway(GatewaySettings.of("cod", Map.of())),
                new ChequeGateway(GatewaySettings.of("cheque", Map.of())),
                new BankTransferGateway(GatewaySettings.of("bacs", Map.of())));
    }

    @Test
    void builtInsKeepWooCommercesOrderWithTheTestCardLast() {
        assertEquals(List.of("bacs", "cheque", "cod", "testcard"),
                Gateways.sorted(builtIns(), Gateways::builtIn).stream().map(PaymentGateway::id).toList());
    }

    @Test
    void configuredPositionsWinThenIds() {
        Map<String, Integer> order = Map.of("testcard", 1, "bacs", 50);
        assertEquals(List.of("testcard", "cheque", "cod", "bacs"), Gateways.sorted(builtIns(),
                id -> order.getOrDefault(id, Gateways.builtIn(id))).stream().map(PaymentGateway::id).toList());
        assertEquals(List.of("bacs", "cheque", "cod", "testcard"), Gateways.sorted(builtIns(), id -> 7).stream()
                .map(PaymentGateway::id).toList(), "equal positions: by id");
    }
}
