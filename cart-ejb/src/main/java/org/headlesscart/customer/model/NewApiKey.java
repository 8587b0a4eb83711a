package org.headlesscart.customer.model;

/**
 * A key just made: the only time its consumer key and secret exist outside the client; neither is stored.
 * {@code toString} shows neither.
 */
public record NewApiKey(ApiKeyView key, String consumerKey, String consumerSecret) {

    @Override
    public String toString() {
        return "NewApiKey[" + key + "]";
    }
}
