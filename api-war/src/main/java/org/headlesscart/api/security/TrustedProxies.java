package org.headlesscart.api.security;

import java.util.List;
import java.util.Set;

/**
 * The proxies whose forwarding headers we believe (the API and the console) ({@code headlesscart.auth.trusted-proxies}, exact IP addresses as
 * the socket reports them). Anyone can send {@code X-Forwarded-For}; only from these does it name the client, so a
 * client cannot escape throttling, or claim HTTPS, by sending the header itself.
 */
public record TrustedProxies(Set<String> addresses) {

    public static TrustedProxies of(List<String> addresses) {
        return new TrustedProxies(Set.copyOf(addresses.stream().map(String::strip).filter(a -> !a.isEmpty()).toList()));
    }

    /**
     * The client's address: the socket's, unless that is a trusted proxy; then the right-most address of
     * {@code X-Forwarded-For} that is not itself a trusted proxy (the ones to its left were written by the client).
     */
    public String clientAddress(String remoteAddress, String forwardedFor) {
        if (!addresses.contains(remoteAddress) || forwardedFor == null || forwardedFor.isBlank()) {
            return remoteAddress;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !addresses.contains(hop)) {
                return hop;
            }
        }
        return remoteAddress;
    }

    /** Whether the client reached us over HTTPS: directly, or as a trusted proxy says in {@code X-Forwarded-Proto}. */
    public boolean isHttps(boolean secureSocket, String remoteAddress, String forwardedProto) {
        return secureSocket || addresses.contains(remoteAddress) && forwardedProto != null
                && "https".equalsIgnoreCase(forwardedProto.split(",")[0].strip());
    }
}
