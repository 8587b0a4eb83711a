package org.headlesscart.api.openapi;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The ways a caller is known (docs/authentication.md, docs/carts-and-identity.md) as OpenAPI security schemes. Staff
 * routes require {@link #BASIC} or {@link #BEARER} ({@code @SecurityRequirement} on their resources, next to
 * {@code @StaffOnly}); every other route takes them optionally, and the cart routes take the cart key too
 * ({@link OpenApiFilter} adds those requirements, so that a generated client can hold the credentials and the
 * cart key once for every call).
 */
public final class SecurityDocs {

    public static final String BASIC = "basicAuth";
    public static final String BEARER = "bearerAuth";
    public static final String CART_KEY = "cartKey";

    private SecurityDocs() {
    }

    static Map<String, SecurityScheme> schemes() {
        Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
        schemes.put(BASIC, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("A registered user's login (username, e-mail or billing phone) and password. On the "
                        + "admin routes also a WooCommerce REST API key, ck_... as the user and cs_... as the "
                        + "password (over HTTPS, also as the consumer_key and consumer_secret query parameters). "
                        + "Failed logins and keys are throttled (429 cocart_too_many_attempts)."));
        schemes.put(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("The jwt_token that POST /wp-json/cocart/v2/login answers in "
                        + "extras (while JWT is on); renew it with /wp-json/cocart/jwt/refresh-token."));
        schemes.put(CART_KEY, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name("CoCart-API-Cart-Key")
                .description("A guest's cart key, from the cart_key of an earlier answer or its CoCart-API-Cart-Key "
                        + "header. Not a secret that grants anything beyond that cart; a registered user's cart "
                        + "needs their login."));
        return schemes;
    }
}
