package org.headlesscart.api.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.headlesscart.api.cocart.v2.cart.CartHeaderDocs;

/**
 * Makes Payara's {@code /openapi} a standard OpenAPI 3.0 document (issue 17 part 7; docs/openapi.md),
 * in one place, after the annotations and {@link OpenApiModel} are merged ({@code mp.openapi.filter}):
 * <ul>
 * <li>path templates without JAX-RS's regular expressions: {@code {item_key: \w+}} is {@code {item_key}};</li>
 * <li>no {@code endpoints} member, which Payara 6 adds at the top level and OpenAPI does not allow, and each tag
 * once;</li>
 * <li>the error statuses every route can answer ({@link ErrorDocs#EVERY_ROUTE}) on every operation;</li>
 * <li>Payara's {@code default} answer of a route that names no success status is its 200;</li>
 * <li>optional credentials on every route that does not require them, and the cart key where the route takes it;
 * a route that requires them can answer 403;</li>
 * <li>the properties of schemas that Payara derives from response records named as JSON-B writes them, in
 * snake_case ({@code api.http.JsonbConfiguration}); a record component whose wire name breaks that rule says its
 * name with {@code @Schema(name = ...)}.</li>
 * </ul>
 */
public class OpenApiFilter implements OASFilter {

    private static final Pattern TEMPLATE_REGEX = Pattern.compile("\\{\\s*(\\w+)\\s*:[^}]*}");
    private static final Pattern UPPER = Pattern.compile("(?<=[a-z0-9])([A-Z])");
    /**
     * Wire names that JSON-B's snake_case rule does not give, as the records' {@code @JsonbProperty} say
     * (OpenApiFilterTest checks that every such record component is here). Payara's {@code @Schema(name = ...)} on
     * a record component would drop the record's other properties.
     */
    static final Map<String, String> WIRE_NAMES = Map.of("payingCustomer", "is_paying_customer",
            "address1", "address_1", "address2", "address_2", "size24", "24", "size48", "48", "size96", "96", "links", "_links",
            "defaultValue", "default", "limitUsageToXItems", "limit_usage_to_x_items", "rateClass", "class");
    private static final String CART_KEY_REF = "#/components/parameters/" + CartHeaderDocs.CART_KEY;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        PayaraExtras.remove(openAPI);
        if (openAPI.getTags() != null) {    // Payara adds a resource's @Tag once per resource
            Map<String, Tag> tags = new LinkedHashMap<>();
            openAPI.getTags().forEach(tag -> tags.putIfAbsent(tag.getName(), tag));
            openAPI.setTags(new ArrayList<>(tags.values()));
        }
        plainTemplates(openAPI.getPaths());
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(this::tidy));
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(OpenApiFilter::wireNames);
        }
    }

    static String plainTemplate(String path) {
        return TEMPLATE_REGEX.matcher(path).replaceAll("{$1}");
    }

    static String snakeCase(String name) {
        String wire = WIRE_NAMES.get(name);
        return wire != null ? wire : UPPER.matcher(name).replaceAll("_$1").toLowerCase(Locale.ROOT);
    }

    private static void plainTemplates(Paths paths) {
        Map<String, PathItem> items = new LinkedHashMap<>(paths.getPathItems());
        items.forEach((path, item) -> {
            String plain = plainTemplate(path);
            if (!plain.equals(path)) {
                paths.removePathItem(path);
                paths.addPathItem(plain, item);
            }
        });
    }

    private void tidy(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        success(responses);
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        parameters.stream().filter(p -> p.getRef() != null).forEach(OpenApiFilter::bareReference);
        if (operation.getRequestBody() != null && operation.getRequestBody().getRef() != null) {
            operation.getRequestBody().setContent(null);
        }
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            boolean takesCartKey = parameters.stream().anyMatch(p -> CART_KEY_REF.equals(p.getRef()));
            operation.setSecurity(optionalCredentials(takesCartKey));
        } else if (operation.getSecurity().stream().noneMatch(OpenApiFilter::anonymous)) {
            error(responses, "403", ErrorDocs.FORBIDDEN);   // required credentials: a user without the role
        }
        ErrorDocs.EVERY_ROUTE.forEach((status, name) -> error(responses, status, name));
    }

    private static boolean anonymous(SecurityRequirement requirement) {
        return requirement.getSchemes() == null || requirement.getSchemes().isEmpty();
    }

    private static void error(APIResponses responses, String status, String component) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(component));
        }
    }

    /**
     * Payara answers a route without a success status of its own with a "default" that is in fact its 200, and
     * drops it as soon as the route names an error status: then the route answers a JSON value, as its
     * {@code Response} return type says.
     */
    private static void success(APIResponses responses) {
        APIResponse fallback = responses.getDefaultValue();
        if (responses.getAPIResponses().keySet().stream().anyMatch(code -> code.startsWith("2"))) {
            return;
        }
        responses.removeAPIResponse(APIResponses.DEFAULT);
        responses.addAPIResponse("200", fallback != null ? fallback.description("OK")
                : OASFactory.createAPIResponse().description("OK").content(OASFactory.createContent().addMediaType(
                        "application/json", OASFactory.createMediaType().schema(Schemas.object(null)))));
    }

    /** A reference's siblings are ignored by OpenAPI 3.0; Payara writes false for each. */
    private static void bareReference(Parameter parameter) {
        parameter.setRequired(null);
        parameter.setDeprecated(null);
        parameter.setAllowEmptyValue(null);
        parameter.setAllowReserved(null);
    }

    private static List<SecurityRequirement> optionalCredentials(boolean cartKey) {
        List<SecurityRequirement> anyOf = new ArrayList<>();
        anyOf.add(OASFactory.createSecurityRequirement());
        if (cartKey) {
            anyOf.add(OASFactory.createSecurityRequirement().addScheme(SecurityDocs.CART_KEY));
        }
        anyOf.add(OASFactory.createSecurityRequirement().addScheme(SecurityDocs.BASIC));
        anyOf.add(OASFactory.createSecurityRequirement().addScheme(SecurityDocs.BEARER));
        return anyOf;
    }

    private static void wireNames(Schema schema) {
        if (schema == null || schema.getRef() != null) {
            return;
        }
        if (schema.getProperties() != null) {
            Map<String, Schema> renamed = new LinkedHashMap<>();
            schema.getProperties().forEach((name, property) -> renamed.put(snakeCase(name), property));
            schema.setProperties(renamed);
            renamed.values().forEach(OpenApiFilter::wireNames);
        }
        if (schema.getRequired() != null) {
            schema.setRequired(schema.getRequired().stream().map(OpenApiFilter::snakeCase).toList());
        }
        if (schema.getType() == Schema.SchemaType.ARRAY && schema.getItems() == null) {
            schema.setItems(Schemas.any(null));        // a List<Object>: any JSON value
        }
        wireNames(schema.getItems());
    }
}
