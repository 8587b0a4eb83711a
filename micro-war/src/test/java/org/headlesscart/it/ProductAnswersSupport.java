package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;

/** Requests and the catalog unit's statement count (StatementCounter) for the ProductAnswers ITs. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class ProductAnswersSupport {

    static final String API = "wp-json/cocart/v2/";

    @ArquillianResource
    URL base;

    HttpResponse<String> get(String path) {
        HttpResponse<String> response = new Http(base).get(new Http(base).at(API + path));
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response;
    }

    static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    long counter() {
        Http http = new Http(base);
        return Long.parseLong(http.get(http.at("wp-json/headlesscart-test/statements"), "text/plain").body().trim());
    }
}
