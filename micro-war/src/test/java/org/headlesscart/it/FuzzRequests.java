package org.headlesscart.it;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hostile requests for {@link FuzzContract}, from a seeded generator so that a failure can be replayed: every
 * route of the OpenAPI document with its own and foreign methods, path values, parameters, headers and bodies drawn
 * from what broke the API before (issue 15) and what a careless or malicious client sends. What the HTTP listener
 * refuses before the application (control characters in headers, broken %-escapes in the path) is left out: no
 * application code can answer it (docs/request-limits.md).
 */
final class FuzzRequests {

    /** A route as the OpenAPI document lists it: method and path template below the server root. */
    record Route(String method, String template) {
    }

    /** One request, and a description to replay it by. */
    record Fuzzed(HttpRequest request, String description) {
    }

    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");
    private static final List<String> FOREIGN_METHODS = List.of("PROPFIND", "FOO", "PATCH", "DELETE", "PUT",
            "OPTIONS", "HEAD", "POST", "GET");

    private final Random random;
    private final URI base;
    private final List<Route> routes;
    private final List<String> ownCartKeys;
    private final List<String> safeIds;

    /**
     * @param ownCartKeys the cart keys the fuzz may touch; any other cart must stay as it was
     * @param safeIds     product ids the fuzz may name in paths (never those of the carts it must not touch)
     */
    FuzzRequests(long seed, URI base, List<Route> routes, List<String> ownCartKeys, List<String> safeIds) {
        this.random = new Random(seed);
        this.base = base;
        this.routes = routes;
        this.ownCartKeys = ownCartKeys;
        this.safeIds = safeIds;
    }

    Fuzzed next() {
        Route route = pick(routes);
        if (chance(0.4)) {
            return plausible(route);
        }
        String method = chance(0.1) ? pick(FOREIGN_METHODS) : route.method();
        String path = fillPath(route.template());
        String query = query();
        URI uri = URI.create(base.toString().replaceAll("/$", "") + path + (query.isEmpty() ? "" : "?" + query));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        StringBuilder description = new StringBuilder(method).append(' ').append(uri.getRawPath())
                .append(query.isEmpty() ? "" : "?" + abbreviate(query));
        List<String[]> headers = headers();
        for (String[] header : headers) {
            request.header(header[0], header[1]);
            description.append(" | ").append(header[0]).append(": ").append(abbreviate(header[1]));
        }
        boolean withBody = !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS") || chance(0.05);
        String body = withBody ? body() : null;
        if (body != null) {
            description.append(" | body ").append(abbreviate(body));
        }
        if (method.equals("HEAD")) {
            request.method(method, BodyPublishers.noBody());        // HttpClient sends no body on HEAD
        } else {
            request.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        }
        return new Fuzzed(request.build(), description.toString());
    }

    /**
     * A request as a client means it, with one thing wrong: a path value, a parameter, or one member of a body
     * shaped for the route. Wholly wild requests rarely get past the first check; these reach the deeper ones.
     */
    private Fuzzed plausible(Route route) {
        String path = fillPath(route.template());
        String query = chance(0.5) ? "" : encode(pick(List.of("per_page", "page", "include", "min_price", "orderby",
                "cart_key", "fields", "return_cart", "force", "search"))) + "=" + encode(scalar());
        URI uri = URI.create(base.toString().replaceAll("/$", "") + path + (query.isEmpty() ? "" : "?" + query));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        boolean staff = route.template().contains("/wc/v3/") || route.template().contains("/headlesscart/v1/")
                || route.template().contains("/session");
        if (staff || chance(0.2)) {
            request.header("Authorization", basic(staff ? DemoLogins.ADMIN : DemoLogins.CUSTOMER));
        }
        if (!staff && chance(0.7)) {
            request.header("Cart-Key", pick(ownCartKeys));
        }
        String body = null;
        if (!route.method().equals("GET") && !route.method().equals("DELETE")) {
            boolean csv = route.template().contains("/import/");
            body = csv ? csv() : mutate(bodyFor(route.template()));
            request.header("Content-Type", csv ? "text/csv" : "application/json");
        }
        request.method(route.method(), body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        return new Fuzzed(request.build(), "plausible " + route.method() + " " + uri.getRawPath()
                + (query.isEmpty() ? "" : "?" + abbreviate(query)) + (body == null ? "" : " | body " + abbreviate(body)));
    }

    /** Members a client sends to the route, as name to JSON value. */
    private java.util.Map<String, String> bodyFor(String template) {
        java.util.Map<String, String> body = new java.util.LinkedHashMap<>();
        if (template.endsWith("/cart/add-item")) {
            body.put("id", quoted(pick(List.of("12", "10", "14", "15", "19", "21", "13", "ALBUM-01"))));
            body.put("quantity", quoted(pick(List.of("1", "2", "0.5"))));
            body.put("variation", "{\"attribute_pa_color\":\"red\",\"attribute_pa_size\":\"small\"}");
            body.put("item_data", "{\"engraving\":\"Ada\"}");
            body.put("email", quoted("fuzz@example.com"));
        } else if (template.endsWith("/cart/add-items")) {
            body.put("id", quoted("19"));
            body.put("quantity", "{\"10\":\"1\",\"11\":\"1\"}");
        } else if (template.contains("/cart/item/")) {
            body.put("quantity", quoted("2"));
            body.put("return_cart", "true");
        } else if (template.endsWith("/cart/update")) {
            body.put("namespace", quoted(pick(List.of("update-cart", "update-customer", "nope"))));
            body.put("quantity", "{\"c20ad4d76fe97759aa27a0c99bff6710\":\"3\"}");
            body.put("first_name", quoted("Ada"));
            body.put("country", quoted("GB"));
        } else if (template.endsWith("/login")) {
            body.put("username", quoted("customer"));
            body.put("password", quoted("customerpass"));
        } else if (template.contains("/jwt/")) {
            body.put("refresh_token", quoted(hex(64)));
        } else if (template.endsWith("/reviews")) {
            body.put("product_id", quoted("12"));
            body.put("review", quoted("Fine."));
            body.put("reviewer", quoted("Fuzz"));
            body.put("reviewer_email", quoted("fuzz@example.com"));
            body.put("rating", "5");
        } else if (template.endsWith("/batch") || template.endsWith("/batch/v1")) {
            body.put("requests", "[" + "{\"method\":\"POST\",\"path\":\"/cocart/v2/cart/add-item\",\"body\":"
                    + "{\"id\":\"12\",\"quantity\":\"1\"}}" + "]");
        } else if (template.contains("/customers")) {
            body.put("email", quoted("fuzz-" + hex(6) + "@example.com"));
            body.put("first_name", quoted("Fuzz"));
            body.put("billing", "{\"country\":\"GB\",\"postcode\":\"SW1A 1AA\",\"phone\":\"+441234567890\"}");
            body.put("password", quoted("fuzz-password-1"));
        } else if (template.contains("/variations")) {
            body.put("regular_price", quoted("5.00"));
            body.put("stock_quantity", "3");
            body.put("manage_stock", "true");
            body.put("attributes", "[{\"id\":1,\"option\":\"red\"}]");
        } else if (template.contains("/categories") || template.contains("/tags") || template.contains("/terms")
                || template.endsWith("/attributes") || template.contains("/attributes/{")) {
            body.put("name", quoted("Fuzz " + hex(4)));
            body.put("slug", quoted("fuzz-" + hex(4)));
            body.put("description", quoted("x"));
        } else if (template.contains("/products")) {
            body.put("name", quoted("Fuzz product"));
            body.put("type", quoted(pick(List.of("simple", "variable", "grouped", "external"))));
            body.put("regular_price", quoted("10.00"));
            body.put("sale_price", quoted("8.00"));
            body.put("manage_stock", "true");
            body.put("stock_quantity", "5");
            body.put("categories", "[{\"id\":1}]");
            body.put("dimensions", "{\"length\":\"1\",\"width\":\"2\",\"height\":\"3\"}");
        }
        return body;
    }

    /** The body with one member's value made hostile, dropped, or joined by a stranger. */
    private String mutate(java.util.Map<String, String> body) {
        List<String> names = new ArrayList<>(body.keySet());
        int choice = random.nextInt(4);
        if (!names.isEmpty() && choice < 2) {
            body.put(pick(names), choice == 0 ? json(2) : number());
        } else if (!names.isEmpty() && choice == 2) {
            body.remove(pick(names));
        } else {
            body.put(pick(List.of("unknown", "id", "__proto__", "")), json(2));
        }
        List<String> members = new ArrayList<>();
        body.forEach((name, value) -> members.add(quoted(name) + ":" + value));
        return "{" + String.join(",", members) + "}";
    }

    /** A WooCommerce product export of a few rows, one of them wrong. */
    private String csv() {
        return "Type,SKU,Name,Published,Regular price,Stock,In stock?\n"
                + "simple,FUZZ-" + hex(4) + ",Fuzz tee,1," + pick(List.of("10.00", "1e9999999", "-1", "abc", ""))
                + "," + pick(List.of("3", "9".repeat(40), "-2", "")) + ",1\n"
                + "simple,,\"Quoted, name\",1,5.00,,1\n";
    }

    private String fillPath(String template) {
        Matcher params = PATH_PARAM.matcher(template);
        StringBuilder path = new StringBuilder();
        while (params.find()) {
            String name = params.group(1);
            String value;
            if (name.contains("item_key")) {
                value = oneOf(() -> "c20ad4d76fe97759aa27a0c99bff6710", () -> "d3d9446802a44259755d38e6d163e820",
                        () -> "0", () -> "x".repeat(random.nextInt(300) + 1), () -> "ZZZZ");
            } else if (name.contains("session_key")) {
                value = oneOf(() -> pick(ownCartKeys), () -> "t_" + hex(30), () -> "a".repeat(200), () -> "0");
            } else {
                value = oneOf(() -> pick(safeIds), () -> "0", () -> "99999999999999999999",
                        () -> Long.toString(random.nextLong() & Long.MAX_VALUE), () -> "1".repeat(400),
                        () -> "not-an-id", () -> "ALBUM-01");
            }
            params.appendReplacement(path, Matcher.quoteReplacement(encode(value).replace("%2D", "-")));
        }
        params.appendTail(path);
        return path.toString();
    }

    private String query() {
        List<String> pairs = new ArrayList<>();
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            String name = pick(List.of("per_page", "page", "offset", "min_price", "max_price", "quantity", "id",
                    "include", "exclude", "rating", "after", "before", "cart_key", "fields", "order", "orderby",
                    "category", "category_operator", "attribute", "attribute_term", "attributes[0][slug][]", "search",
                    "thumb", "default", "status", "email", "product", "return_cart", "return_item", "sku",
                    "username", "password", "refresh_token", "_fields", "_method", "validation"));
            String value = name.equals("cart_key") ? oneOf(() -> pick(ownCartKeys), this::hostileText)
                    : name.equals("password") ? "wrong" : name.equals("username") ? "fuzz-nobody" : scalar();
            pairs.add(encode(name) + "=" + encode(value));
        }
        return String.join("&", pairs);
    }

    private List<String[]> headers() {
        List<String[]> headers = new ArrayList<>();
        if (chance(0.6)) {
            headers.add(new String[] {"Content-Type", pick(List.of("application/json",
                    "application/json; charset=foo", "application/json; charset=UTF-8", "application/json; charset=utf-16",
                    "application/x-www-form-urlencoded", "text/plain", "multipart/form-data", ";;;", "application/*",
                    "application/xml", "application/octet-stream", "text/csv", "application/json; a=\"unclosed"))});
        }
        if (chance(0.05)) {
            headers.add(new String[] {"Content-Type", "text/plain"});     // a second one
        }
        if (chance(0.15)) {
            headers.add(new String[] {"If-Match", tagList()});
        }
        if (chance(0.15)) {
            headers.add(new String[] {"If-None-Match", tagList()});
        }
        if (chance(0.1)) {
            headers.add(new String[] {"Idempotency-Key", oneOf(() -> "k-" + hex(8), () -> "a".repeat(300),
                    () -> " ", () -> "\t")});
        }
        if (chance(0.2)) {
            headers.add(new String[] {pick(List.of("Cart-Key", "CoCart-API-Cart-Key")),
                    oneOf(() -> pick(ownCartKeys), this::hostileAscii)});
        }
        if (chance(0.3)) {
            headers.add(new String[] {"Authorization", authorization()});
            // Failed logins come from made-up addresses (trusted proxies: loopback), so that the fuzz never locks the
            // loopback address, or a real account, out of the store for the tests after it.
            headers.add(new String[] {"X-Forwarded-For", "198.51.100." + random.nextInt(250)});
        }
        if (chance(0.05)) {
            headers.add(new String[] {"Origin", pick(List.of("https://evil.example", "null", "http://localhost:3000"))});
        }
        if (chance(0.05)) {
            headers.add(new String[] {"X-Padding", "p".repeat(random.nextInt(30_000))});
        }
        return headers;
    }

    private String authorization() {
        return oneOf(() -> basic(DemoLogins.ADMIN), () -> basic(DemoLogins.CUSTOMER), () -> basic("fuzz-nobody:wrong"),
                () -> "Basic " + hostileAscii(), () -> "Basic ", () -> "Bearer " + hostileAscii(),
                () -> "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.", () -> "Digest x", () -> basic(":"),
                () -> basic("fuzz-nobody"));
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private String tagList() {
        return pick(List.of(",,,,", "W/", "\"open", "*", "\"x\"", "W/\"x\"", "*, \"a\"", "\"a\", W/\"b\"", "abc",
                " ", "W/\"", "\"" + hex(32) + "\""));
    }

    private String body() {
        return oneOf(this::jsonObject, this::jsonObject, this::jsonObject, () -> json(random.nextInt(4)),
                () -> "[".repeat(random.nextInt(3000)) + "]".repeat(random.nextInt(3000)),
                () -> "{\"a\":".repeat(600) + "1" + "}".repeat(600),
                () -> jsonObject() + pick(List.of(" trailing", "{}", " 5", "]", "\u0000")),
                () -> "id=" + encode(scalar()) + "&quantity=" + encode(scalar()) + "&variation[attribute_pa_color]=red",
                () -> hostileText(), () -> "", () -> "null", () -> "\"s\"",
                () -> "{\"requests\":[" + String.join(",", List.of(subRequest(), subRequest(), subRequest())) + "]}");
    }

    private String subRequest() {
        return "{\"method\":" + quoted(pick(List.of("POST", "PUT", "PATCH", "DELETE", "GET", "FOO"))) + ",\"path\":"
                + quoted(pick(List.of("/cocart/v2/cart/add-item", "/cocart/v2/cart/clear", "/cocart/v2/cart/item/0",
                        "/cocart/v2/cart/update", "/wc/v3/products", "/../x", hostileText())))
                + ",\"body\":" + jsonObject() + "}";
    }

    private String jsonObject() {
        List<String> members = new ArrayList<>();
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            String name = pick(List.of("id", "quantity", "variation", "item_data", "price", "email", "phone",
                    "namespace", "name", "regular_price", "sale_price", "stock_quantity", "manage_stock", "status",
                    "type", "parent", "attributes", "categories", "tags", "description", "slug", "billing",
                    "shipping", "password", "username", "return_cart", "return_item", "product_id", "review",
                    "reviewer", "reviewer_email", "rating", "refresh_token", "cart_key", "first_name", "country",
                    "options", "items", "dimensions", "weight", "sku"));
            members.add(quoted(name) + ":" + json(3));
        }
        return "{" + String.join(",", members) + "}";
    }

    private String json(int depth) {
        int kind = random.nextInt(depth <= 0 ? 4 : 6);
        return switch (kind) {
            case 0 -> quoted(scalar());
            case 1 -> number();
            case 2 -> pick(List.of("true", "false", "null"));
            case 3 -> quoted(hostileText());
            case 4 -> {
                List<String> items = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    items.add(json(depth - 1));
                }
                yield "[" + String.join(",", items) + "]";
            }
            default -> {
                List<String> members = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    members.add(quoted(pick(List.of("a", "quantity", "c20ad4d76fe97759aa27a0c99bff6710",
                            "attribute_pa_color", "length", "id", ""))) + ":" + json(depth - 1));
                }
                yield "{" + String.join(",", members) + "}";
            }
        };
    }

    private String number() {
        return pick(List.of("0", "-1", "1", "12", "1.5", "-0.0", "1e-9999999", "1e9999999", "9".repeat(1000),
                "9".repeat(1200), "1E+2147483647", "123456789012345678901234567890", "0.0000000000000000000001",
                "9999999999", "10000000000", "2147483648", "-9223372036854775809"));
    }

    private String scalar() {
        return pick(List.of("1e-9999999", "1e9999999", "9".repeat(1000), "-1", "0", "1.5", "NaN", "Infinity",
                "0x10", "1e400", "-0", "99999999999999999999", "1E+2147483647", ".5e-5", "", "  ", "[]", "12",
                "10", "14", "true", "yes", "asc", "desc", "pa_color", "red", "2026-13-45T99:99:99", "2026-01-01T00:00:00",
                "in", "not in", "and", "x".repeat(5000)));
    }

    private String hostileText() {
        return pick(List.of("", " ", "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd", "\u00e9\u4e2d",
                "\ud83d\ude00", "a".repeat(random.nextInt(3000)), "%00", "\\", "\"", "t_" + hex(30), "NULL", "0"));
    }

    /** Hostile text a header can carry: HTTP header values are ASCII (the listener refuses the rest itself). */
    private String hostileAscii() {
        return hostileText().replaceAll("[^\\x20-\\x7E]", "?");
    }

    private String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    private String hex(int length) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < length; i++) {
            hex.append(Character.forDigit(random.nextInt(16), 16));
        }
        return hex.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…(" + text.length() + " chars)" : text;
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    private String oneOf(Supplier<String>... choices) {
        return choices[random.nextInt(choices.length)].get();
    }
}
