package org.headlesscart.api.cocart.v2;

/** Names of the CoCart v2 wire protocol shared by all resources and filters. */
public final class CoCartV2 {

    /** The route namespace below {@code /wp-json}. */
    public static final String NAMESPACE = "cocart/v2";

    /** WordPress sends every REST response as UTF-8 JSON and says so. */
    public static final String JSON = "application/json; charset=UTF-8";

    private CoCartV2() {
    }
}
