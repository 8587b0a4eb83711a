package org.headlesscart.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/openapi.json}, the document {@code /openapi} serves (OpenApiContract checks that), is one that tools
 * accept (issue 17 part 7): swagger-parser reads it as OpenAPI 3.0 without a single message, and beyond what a
 * validator checks, code generators get plain path templates, operation ids that make method names, the error
 * answers of every route and a request body on every write.
 */
class OpenApiDocumentTest {

    static final Path FILE = Path.of(System.getProperty("headlesscart.openapi-file", "../docs/openapi.json"));
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]*)}");
    /**
     * Writes that read no body: validate-token takes its token in a header, POST /cart reads nothing at all, the
     * webhook relay route only runs the relay.
     */
    private static final Set<String> BODILESS = Set.of("jwtValidateToken", "cartCreate", "cartRemoveFees",
            "myAccountOrderCancel", "headlesscartWebhooksRelay");
    private static final Set<String> EVERY_ROUTE = Set.of("400", "401", "406", "413", "414", "429", "431", "500");

    static SwaggerParseResult parsed;
    static OpenAPI openapi;

    @BeforeAll
    static void parse() throws IOException {
        ParseOptions options = new ParseOptions();
        options.setValidateInternalRefs(true);
        parsed = new OpenAPIV3Parser().readContents(Files.readString(FILE), null, options);
        openapi = parsed.getOpenAPI();
        assertNotNull(openapi, "not read as OpenAPI at all: " + parsed.getMessages());
    }

    @Test
    void aValidatorFindsNothingToSay() {
        assertEquals(List.of(), parsed.getMessages(), "swagger-parser's messages on " + FILE);
        assertTrue(openapi.getOpenapi().startsWith("3.0."), openapi.getOpenapi());
    }

    @Test
    void pathTemplatesArePlainNamesOfPathParameters() {
        List<String> problems = new ArrayList<>();
        openapi.getPaths().forEach((path, item) -> operations(item).forEach((method, operation) -> {
            Set<String> declared = new TreeSet<>();
            parameters(item, operation).stream().filter(p -> "path".equals(p.getIn()))
                    .forEach(p -> declared.add(p.getName()));
            Set<String> templated = new TreeSet<>();
            Matcher template = TEMPLATE.matcher(path);
            while (template.find()) {
                templated.add(template.group(1));
                if (!template.group(1).matches("\\w+")) {
                    problems.add(path + ": " + template.group());
                }
            }
            if (!templated.equals(declared)) {
                problems.add(method + " " + path + ": path parameters " + declared);
            }
        }));
        assertEquals(List.of(), problems);
    }

    @Test
    void operationIdsAreUniqueMethodNames() {
        Map<String, String> seen = new HashMap<>();
        List<String> problems = new ArrayList<>();
        openapi.getPaths().forEach((path, item) -> operations(item).forEach((method, operation) -> {
            String id = operation.getOperationId();
            String where = method + " " + path;
            if (id == null || !id.matches("[a-z][a-zA-Z0-9]*")) {
                problems.add(where + ": operationId " + id + " is not a camelCase name");
            } else if (seen.putIfAbsent(id, where) != null) {
                problems.add(where + ": operationId " + id + " is also " + seen.get(id));
            }
        }));
        assertEquals(List.of(), problems);
    }

    @Test
    void everyErrorAnswerIsTheCoCartErrorEnvelope() {
        List<String> problems = new ArrayList<>();
        Set<String> errors = new TreeSet<>();
        openapi.getPaths().forEach((path, item) -> operations(item).forEach((method, operation) -> {
            if (!operation.getResponses().keySet().containsAll(EVERY_ROUTE)) {
                problems.add(method + " " + path + " lacks some of " + EVERY_ROUTE);
            }
            operation.getResponses().forEach((status, response) -> {
                boolean error = status.startsWith("4") || status.startsWith("5");
                if (error && (response.get$ref() == null || !response.get$ref().startsWith("#/components/responses/"))) {
                    problems.add(method + " " + path + " " + status + " is not an error response component");
                } else if (error) {
                    errors.add(response.get$ref());
                }
            });
        }));
        errors.forEach(ref -> {
            var response = openapi.getComponents().getResponses().get(ref.substring(ref.lastIndexOf('/') + 1));
            String schema = response.getContent().get("application/json").getSchema().get$ref();
            if (!"#/components/schemas/CoCartError".equals(schema)) {
                problems.add(ref + " has the schema " + schema);
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void everyWriteDescribesItsBody() {
        List<String> problems = new ArrayList<>();
        openapi.getPaths().forEach((path, item) -> operations(item).forEach((method, operation) -> {
            boolean write = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH)
                    .contains(method);
            if (write && !BODILESS.contains(operation.getOperationId()) && !describes(operation.getRequestBody())) {
                problems.add(method + " " + path + ": request body " + operation.getRequestBody());
            }
        }));
        assertEquals(List.of(), problems);
    }

    @Test
    void basicBearerAndTheCartKeyAreSecuritySchemes() {
        var schemes = openapi.getComponents().getSecuritySchemes();

        assertEquals("basic", schemes.get("basicAuth").getScheme());
        assertEquals("bearer", schemes.get("bearerAuth").getScheme());
        assertEquals("JWT", schemes.get("bearerAuth").getBearerFormat());
        assertEquals("CoCart-API-Cart-Key", schemes.get("cartKey").getName());
        assertEquals("header", schemes.get("cartKey").getIn().toString());
        Operation addItem = openapi.getPaths().get("/wp-json/cocart/v2/cart/add-item").getPost();
        assertTrue(addItem.getSecurity().stream().anyMatch(requirement -> requirement.containsKey("cartKey")));
        Operation products = openapi.getPaths().get("/wp-json/wc/v3/products").getPost();
        assertTrue(products.getSecurity().stream().noneMatch(Map::isEmpty), "staff routes need credentials");
    }

    /** A component, or a body that is not JSON (the CSV import); never Payara's {"type": "string"} for a String. */
    private static boolean describes(RequestBody body) {
        return body != null && (body.get$ref() != null || body.getContent().get("application/json") == null);
    }

    private static Map<PathItem.HttpMethod, Operation> operations(PathItem item) {
        return item.readOperationsMap();
    }

    private static List<Parameter> parameters(PathItem item, Operation operation) {
        List<Parameter> all = new ArrayList<>();
        if (item.getParameters() != null) {
            all.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            operation.getParameters().stream().map(OpenApiDocumentTest::resolved).forEach(all::add);
        }
        return all;
    }

    private static Parameter resolved(Parameter parameter) {
        if (parameter.get$ref() == null) {
            return parameter;
        }
        String name = parameter.get$ref().substring(parameter.get$ref().lastIndexOf('/') + 1);
        return openapi.getComponents().getParameters().get(name);
    }
}
