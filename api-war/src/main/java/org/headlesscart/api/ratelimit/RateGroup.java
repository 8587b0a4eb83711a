package org.headlesscart.api.ratelimit;

/**
 * The groups of routes limited together, each configured by {@code headlesscart.ratelimit.<name>.enabled},
 * {@code .limit} and {@code .window} (docs/rate-limits.md). A request counts in one group: the route's own, else, for
 * a write, the general one.
 */
public enum RateGroup {

    /** The routes that check a password or hand out tokens; counted before authentication, by address. */
    LOGIN("login", true),
    /** Applying a coupon: {@code cart/apply-coupon}, the checkout's coupon action, a batch's apply-coupon. */
    COUPON("coupon", false),
    /** Placing and paying orders: {@code POST checkout}, {@code order-received/{id}/pay}. */
    CHECKOUT("checkout", false),
    /** {@code POST register}. */
    REGISTRATION("registration", false),
    /** Every other POST, PUT, PATCH and DELETE of the API; off by default. */
    WRITE("write", false);

    private final String configName;
    private final boolean beforeAuthentication;

    RateGroup(String configName, boolean beforeAuthentication) {
        this.configName = configName;
        this.beforeAuthentication = beforeAuthentication;
    }

    /** The group's part of its configuration keys, and of its counters' keys. */
    public String configName() {
        return configName;
    }

    /**
     * Whether the group is counted before the credentials are checked: by client address, staff included, so that a
     * flood of logins is refused before it costs a password hash each.
     */
    public boolean beforeAuthentication() {
        return beforeAuthentication;
    }
}
