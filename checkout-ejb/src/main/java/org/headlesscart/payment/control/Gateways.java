package org.headlesscart.payment.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.headlesscart.payment.spi.GatewaySettings;
import org.headlesscart.payment.spi.PaymentGateway;

/**
 * Every payment gateway of the application (CDI beans implementing the SPI, in any module), in the store's order:
 * {@code headlesscart.payment.<id>.order} ascending, then by id. Built-in defaults keep WooCommerce's order (bank
 * transfer, cheque, cash on delivery) with the test card last; a gateway without a setting comes after them.
 */
@ApplicationScoped
public class Gateways {

    static final int UNORDERED = 100;
    private static final Map<String, Integer> BUILT_IN_ORDER = Map.of("bacs", 10, "cheque", 20, "cod", 30,
            TestCardGateway.ID, 40);

    @Inject
    @Any
    Instance<PaymentGateway> beans;

    /** All gateways, enabled or not, in the store's order. */
    public List<PaymentGateway> all() {
        List<PaymentGateway> found = new ArrayList<>();
        beans.forEach(found::add);
        return sorted(found, id -> GatewaySettings.of(id).value("order").map(Gateways::position).orElse(builtIn(id)));
    }

    public Optional<PaymentGateway> find(String id) {
        return all().stream().filter(g -> g.id().equals(id)).findFirst();
    }

    static List<PaymentGateway> sorted(List<PaymentGateway> gateways, ToIntFunction<String> order) {
        return gateways.stream().sorted(Comparator.<PaymentGateway>comparingInt(g -> order.applyAsInt(g.id()))
                .thenComparing(PaymentGateway::id)).toList();
    }

    static int builtIn(String id) {
        return BUILT_IN_ORDER.getOrDefault(id, UNORDERED);
    }

    /** A configured position; a value that is not a number leaves the gateway where an unordered one goes. */
    private static int position(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return UNORDERED;
        }
    }
}
