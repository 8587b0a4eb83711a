package org.headlesscart.it;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

/** A few lines of HTTP for the black-box suites: every URL is resolved against the deployment's base URL. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            // HTTP/1.1 as storefronts speak it; the default h2c upgrade breaks under parallel requests.
            .version(HttpClient.Version.HTTP_1_1).build();

    private final URI base;

    public Http(URL base) {
        this.base = URI.create(base.toString());
    }

    /** A path below the application's context root, e.g. {@code wp-json/cocart/v2/store}. */
    public URI at(String path) {
        return base.resolve(path);
    }

    /** A path at the server's root, for endpoints outside the application: {@code /health}, {@code /metrics}. */
    public URI atServerRoot(String path) {
        return base.resolve("/" + path);
    }

    public HttpResponse<String> get(URI uri) {
        return get(uri, "application/json");
    }

    public HttpResponse<String> get(URI uri, String accept) {
        return send(HttpRequest.newBuilder(uri).header("Accept", accept).GET());
    }

    public HttpResponse<String> send(String method, URI uri, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", contentType)
                .method(method, BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    public static JsonObject object(HttpResponse<String> response) {
        return (JsonObject) parse(response.body());
    }

    public static JsonStructure parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.read();
        }
    }

    /** The JSON type of a value, for asserting that a field has the type the contract shows. */
    public static JsonValue.ValueType type(JsonObject object, String field) {
        return object.get(field).getValueType();
    }
}
