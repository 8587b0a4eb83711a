package org.headlesscart.payment.spi;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A gateway's store settings, read from MicroProfile Config under {@code headlesscart.payment.<id>.<name>} (e.g.
 * {@code headlesscart.payment.bacs.enabled}, or {@code HEADLESSCART_PAYMENT_BACS_ENABLED} in the environment).
 * Every gateway, built in or added, reads its switches here so operators find them in one place (docs/payments.md).
 * Values are read on each call: a gateway switched off by a system property is off for the next request.
 */
public final class GatewaySettings {

    private final String id;
    private final Function<String, Optional<String>> source;

    private GatewaySettings(String id, Function<String, Optional<String>> source) {
        this.id = id;
        this.source = source;
    }

    /** The settings of gateway {@code id} in the application's configuration. */
    public static GatewaySettings of(String id) {
        return new GatewaySettings(id, key -> ConfigProvider.getConfig().getOptionalValue(key, String.class));
    }

    /** Settings from a map of full keys, for unit tests. */
    public static GatewaySettings of(String id, Map<String, String> values) {
        return new GatewaySettings(id, key -> Optional.ofNullable(values.get(key)));
    }

    /** The full key of setting {@code name}. */
    public String key(String name) {
        return "headlesscart.payment." + id + "." + name;
    }

    public Optional<String> value(String name) {
        return source.apply(key(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    public String text(String name, String fallback) {
        return value(name).orElse(fallback);
    }

    /** {@code true} only for {@code true} (any case); a typo reads as {@code false}, which switches nothing on. */
    public boolean flag(String name, boolean fallback) {
        return value(name).map(Boolean::parseBoolean).orElse(fallback);
    }

    /** A comma-separated list, blanks dropped; empty when not set. */
    public List<String> list(String name) {
        return value(name).map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }
}
