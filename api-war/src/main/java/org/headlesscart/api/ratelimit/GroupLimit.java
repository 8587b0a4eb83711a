package org.headlesscart.api.ratelimit;

import java.time.Duration;

import org.eclipse.microprofile.config.Config;

/**
 * One group's configuration: {@code headlesscart.ratelimit.<group>.enabled}, {@code .limit} (requests per window,
 * at least 1) and {@code .window} (ISO-8601, whole seconds, at least 1 s).
 */
record GroupLimit(boolean enabled, int limit, Duration window) {

    static GroupLimit of(Config config, RateGroup group) {
        String prefix = "headlesscart.ratelimit." + group.configName() + ".";
        boolean enabled = config.getValue(prefix + "enabled", Boolean.class);
        int limit = config.getValue(prefix + "limit", Integer.class);
        Duration window = config.getValue(prefix + "window", Duration.class);
        if (limit < 1 || window.getSeconds() < 1) {
            throw new IllegalArgumentException(prefix + "limit must be at least 1 and " + prefix
                    + "window at least PT1S");
        }
        return new GroupLimit(enabled, limit, window);
    }
}
