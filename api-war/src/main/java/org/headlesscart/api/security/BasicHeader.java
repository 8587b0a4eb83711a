package org.headlesscart.api.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Authorization: Basic} header (RFC 7617, UTF-8). CoCart 4.6+ accepts only the strict form
 * {@code Basic <base64>}; we do too, and answer anything else that names the Basic scheme as incomplete
 * credentials (401) rather than silently treating the caller as a guest. Other schemes (Bearer) are not ours:
 * they read as no credentials here, for their own mechanism. A login starting {@code ck_} with a password starting
 * {@code cs_} is a WooCommerce REST API key (consumer key and secret), however malformed the rest of it is.
 */
final class BasicHeader {

    private static final Pattern SCHEME = Pattern.compile("^\\s*basic(\\s.*)?$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern STRICT = Pattern.compile("^Basic ([A-Za-z0-9+/]+={0,2})$", Pattern.CASE_INSENSITIVE);

    static final String CONSUMER_KEY = "ck_";
    static final String CONSUMER_SECRET = "cs_";

    private BasicHeader() {
    }

    /** @param authorization the header's value, null when absent */
    static Credentials parse(String authorization) {
        if (authorization == null || !SCHEME.matcher(authorization).matches()) {
            return Credentials.NONE;
        }
        Matcher strict = STRICT.matcher(authorization);
        if (!strict.matches()) {
            return Credentials.INCOMPLETE;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(strict.group(1)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Credentials.INCOMPLETE;
        }
        int colon = decoded.indexOf(':');      // the login cannot contain one; the password may
        if (colon < 0) {
            return Credentials.INCOMPLETE;
        }
        Credentials credentials = Credentials.of(decoded.substring(0, colon), decoded.substring(colon + 1));
        if (credentials instanceof Credentials.LoginPassword pair && pair.login().startsWith(CONSUMER_KEY)
                && pair.password().startsWith(CONSUMER_SECRET)) {
            return new Credentials.ApiKey(pair.login(), pair.password());
        }
        return credentials == Credentials.NONE ? Credentials.INCOMPLETE : credentials;
    }
}
