package org.headlesscart.customer.boundary;

import org.headlesscart.customer.control.ApiKeyCodes;

/**
 * A consumer key as {@link ApiKeyService#lookUp} found it, before the secret is checked, as {@link LoginLookup} is
 * for logins. {@link #subject()} is what a throttle counts failures by: the key ({@code api-key:<id>}), or, for a
 * consumer key that names none, a hash of its text, so that guessing keys is counted too and no guessed text is
 * kept. The secret's hash never leaves the component.
 */
public final class ApiKeyLookup {

    private final String subject;
    private final ApiKeyGrant grant;
    private final String secretHash;

    private ApiKeyLookup(String subject, ApiKeyGrant grant, String secretHash) {
        this.subject = subject;
        this.grant = grant;
        this.secretHash = secretHash;
    }

    static ApiKeyLookup of(ApiKeyGrant grant, String secretHash) {
        return new ApiKeyLookup("api-key:" + grant.key().id(), grant, secretHash);
    }

    /** A consumer key that names no key (or is not one); {@link ApiKeyService#authenticate} refuses it. */
    public static ApiKeyLookup unknown(String consumerKey) {
        return new ApiKeyLookup("api-key:?" + ApiKeyCodes.lookupHash(consumerKey), null, null);
    }

    public String subject() {
        return subject;
    }

    public boolean found() {
        return grant != null;
    }

    ApiKeyGrant grant() {
        return grant;
    }

    String secretHash() {
        return secretHash;
    }

    @Override
    public String toString() {
        return "ApiKeyLookup[" + subject + "]";
    }
}
