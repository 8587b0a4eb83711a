package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The console over plain HTTP, without a browser: what a browser's headers do not show (every {@code Set-Cookie}
 * as sent) or cannot send ({@code X-Forwarded-Proto} as a proxy adds it). It keeps the session cookie as a browser
 * would (the last one set wins) and posts forms with the view state of the page it last read.
 */
final class ConsoleHttp {

    static final String SESSION_COOKIE = "JSESSIONID";
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final Http http;
    private final Map<String, String> headers;
    private String session;
    private String viewState;

    /** {@code headers}: sent with every request. */
    ConsoleHttp(URL base, Map<String, String> headers) {
        this.http = new Http(base);
        this.headers = Map.copyOf(headers);
    }

    ConsoleHttp(URL base) {
        this(base, Map.of());
    }

    /**
     * As a proxy on the same host: over the loopback address, which the build trusts as a proxy
     * ({@code HEADLESSCART_AUTH_TRUSTED_PROXIES}) whatever host the container reports, adding {@code headers} (e.g.
     * {@code X-Forwarded-Proto: https}) to every request.
     */
    static ConsoleHttp viaLoopbackProxy(URL base, Map<String, String> headers) {
        try {
            return new ConsoleHttp(new URL(base.getProtocol(), "127.0.0.1", base.getPort(), base.getFile()), headers);
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    HttpResponse<String> get(String path) {
        return remember(http.send(request(path).GET()));
    }

    /** A form POST of {@code fields} with the view state of the page last read, as a browser sends a Faces form. */
    HttpResponse<String> post(String path, Map<String, String> fields) {
        return remember(http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString(form(fields)))));
    }

    /** As PrimeFaces sends an Ajax request ({@code p:commandButton} without {@code ajax="false"}). */
    HttpResponse<String> postAjax(String path, String source, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("jakarta.faces.partial.ajax", "true");
        all.put("jakarta.faces.source", source);
        all.put("jakarta.faces.partial.execute", "@all");
        all.put("jakarta.faces.partial.render", "@all");
        all.put(source, source);
        all.putAll(fields);
        return remember(http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax").POST(BodyPublishers.ofString(form(all)))));
    }

    /** The login page, then its form with {@code login} ({@code user:password}); the answer to the form. */
    HttpResponse<String> signIn(String login) {
        HttpResponse<String> page = get("console/login.xhtml");
        assertEquals(200, page.statusCode(), page.body());
        String[] parts = login.split(":", 2);
        return post("console/login.xhtml", Map.of("login", "login", "login:username", parts[0],
                "login:password", parts[1], "login:sign-in", "Sign in"));
    }

    /** Signs in as a staff member and checks that the answer is the redirect to the dashboard. */
    ConsoleHttp signedInAs(String login) {
        HttpResponse<String> answer = signIn(login);
        assertEquals(302, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/console/index.xhtml"),
                answer.headers().toString());
        return this;
    }

    /** The session cookies this answer sets, as sent ({@code JSESSIONID=…; Path=…; …}). */
    static List<String> sessionCookies(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SESSION_COOKIE + "=")).toList();
    }

    /** Whether a {@code Set-Cookie} value has the {@code Secure} attribute (any case, RFC 6265). */
    static boolean isSecure(String setCookie) {
        return Pattern.compile(";\\s*secure\\s*(;|$)", Pattern.CASE_INSENSITIVE).matcher(setCookie).find();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(http.at(path));
        headers.forEach(builder::header);
        if (session != null) {
            builder.header("Cookie", session);
        }
        return builder;
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        List<String> cookies = sessionCookies(response);
        if (!cookies.isEmpty()) {
            session = cookies.get(cookies.size() - 1).split(";", 2)[0];
        }
        Matcher state = VIEW_STATE.matcher(response.body());
        if (state.find()) {
            viewState = state.group(1).replace("&#58;", ":");
        }
        return response;
    }

    private String form(Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (viewState != null) {
            all.putIfAbsent("jakarta.faces.ViewState", viewState);
        }
        return all.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
