package org.headlesscart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;

/**
 * The console's sign-in in a real browser (issue 20, docs/console.md): wrong password, throttle, staff only,
 * session cookie, CSRF, sign-out, and the API left without sessions. The throttle counts in the memory of the server,
 * which each IT class starts afresh: the throttled test locks out {@code customer2}, which no other test here signs
 * in, and the other failures are cleared by the next right password. Screenshots:
 * {@code target/console-screenshots/<test>/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ConsoleSignInContract {

    static final String LOGIN_PAGE = "/console/login.xhtml";
    static final String DASHBOARD = "/console/index.xhtml";
    static final String SESSION_COOKIE = "JSESSIONID";
    /** headlesscart.auth.max-failures as the ITs run (its default). */
    static final int MAX_FAILURES = 5;
    private static final AtomicInteger UNKNOWN = new AtomicInteger();

    @ArquillianResource
    URL base;

    private ConsoleBrowser browser(TestInfo test) {
        return ConsoleBrowser.open(base, getClass().getSimpleName() + "/" + test.getTestMethod().orElseThrow().getName());
    }

    @Test
    void aConsolePageWithoutSignInRedirectsToTheLoginPage(TestInfo test) {
        try (ConsoleBrowser browser = browser(test)) {
            browser.go("console/");
            assertEquals(LOGIN_PAGE, browser.path());
            browser.go("console/index.xhtml");
            assertEquals(LOGIN_PAGE, browser.path());
            assertTrue(browser.has("login:username") && browser.has("login:password"));
        }
        HttpResponse<String> direct = http().send(HttpRequest.newBuilder(http().at("console/index.xhtml")).GET());
        assertEquals(302, direct.statusCode());
        assertTrue(direct.headers().firstValue("Location").orElse("").endsWith(LOGIN_PAGE), direct.headers().toString());
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageNextToTheForm(TestInfo test) {
        try (ConsoleBrowser browser = browser(test)) {
            browser.go("console/").signIn("manager", "not-the-password");
            assertEquals(LOGIN_PAGE, browser.path());
            assertEquals(401, browser.status());
            assertTrue(browser.text("login:messages").contains("Wrong username, e-mail or password."),
                    browser.pageText());
            browser.signIn("nobody-" + UNKNOWN.incrementAndGet() + "@example.com", "managerpass");
            assertTrue(browser.text("login:messages").contains("Wrong username, e-mail or password."),
                    "an unknown login gets the same answer");
        }
    }

    @Test
    void signInIsThrottledAfterTheConfiguredNumberOfFailures(TestInfo test) {
        try (ConsoleBrowser browser = browser(test)) {
            browser.go("console/");
            for (int i = 0; i < MAX_FAILURES; i++) {
                browser.signIn("customer2", "wrong-" + i);
                assertEquals(401, browser.status(), "failure " + (i + 1));
            }
            browser.signIn("customer2", DemoLogins.CUSTOMER.split(":")[1]);     // customer2 has customer's password
            assertEquals(LOGIN_PAGE, browser.path(), "throttled: not even the right password gets in");
            assertEquals(429, browser.status());
            assertTrue(browser.text("login:messages").contains("Too many failed sign-ins"), browser.pageText());
        }
    }

    @Test
    void theRightPasswordLandsOnTheDashboard(TestInfo test) {
        try (ConsoleBrowser browser = browser(test)) {
            browser.signInAs(DemoLogins.MANAGER);
            assertEquals(DASHBOARD, browser.path());
            assertEquals(200, browser.status());
            assertTrue(browser.text("signed-in-user").contains("Shop manager"), browser.pageText());
            assertTrue(browser.has("nav-dashboard") && browser.has("carts-active"));
            assertFalse(browser.has("nav-access"), "no Access entry for a shop manager");
        }
        try (ConsoleBrowser browser = browser(test)) {
            browser.go("console/").signIn("admin@example.com", DemoLogins.ADMIN.split(":")[1]);   // by e-mail
            assertEquals(DASHBOARD, browser.path());
            assertTrue(browser.text("signed-in-user").contains("Administrator"), browser.pageText());
        }
    }

    @Test
    void aCustomerGets403OnEveryConsolePage(TestInfo test) {
        try (ConsoleBrowser browser = browser(test)) {
            browser.signInAs(DemoLogins.CUSTOMER);
            assertEquals(403, browser.status());
            assertTrue(browser.has("forbidden") && browser.has("reason-role"), browser.pageText());
            assertFalse(browser.has("nav-dashboard"));
            browser.go("console/index.xhtml");
            assertEquals(403, browser.status());
            browser.go("console/access/staff.xhtml");
            assertEquals(403, browser.status());
            browser.click("session:sign-out");
            assertEquals(LOGIN_PAGE, browser.path());
        }
    }

    @Test
    void accessPagesAreForAdministratorsOnly(TestInfo test) {
        try (ConsoleBrowser browser = browser(test)) {
            browser.signInAs(DemoLogins.MANAGER).go("console/access/staff.xhtml");
            assertEquals(403, browser.status());
            assertTrue(browser.text("reason-role").contains("administrators only"), browser.pageText());
        }
        try (ConsoleBrowser browser = browser(test)) {
            browser.signInAs(DemoLogins.ADMIN).click("nav-access");      // AccessConsoleContract tests the pages
            assertEquals("/console/access/staff.xhtml", browser.path());
            assertEquals(200, browser.status(), "past the guard");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax(TestInfo test) {
        try (ConsoleBrowser browser = browser(test)) {
            browser.signInAs(DemoLogins.MANAGER);
            Cookie cookie = browser.cookie(SESSION_COOKIE).orElseThrow(() -> new AssertionError("no session cookie"));
            assertTrue(cookie.isHttpOnly(), cookie.toString());
            assertEquals("Lax", cookie.getSameSite(), cookie.toString());
            assertFalse(cookie.isSecure(), "plain HTTP, no proxy: " + cookie);
        }
        HttpResponse<String> plain = http().send(HttpRequest.newBuilder(http().at("console/login.xhtml")).GET());
        String issued = sessionCookie(plain);
        // Payara writes "SameSite=lax"; attribute values are case-insensitive (RFC 6265bis).
        assertTrue(issued.contains("HttpOnly") && issued.toLowerCase(Locale.ROOT).contains("samesite=lax"), issued);
        assertFalse(issued.contains("Secure"), issued);
    }

    @Test
    void theSessionCookieIsSecureBehindATrustedHttpsProxy() {
        // The ITs trust the loopback as a proxy (HEADLESSCART_AUTH_TRUSTED_PROXIES), as a TLS-terminating proxy on
        // the same host would be; over plain HTTP the proxy says the client's side was HTTPS.
        ConsoleHttp proxied = ConsoleHttp.viaLoopbackProxy(base, Map.of("X-Forwarded-Proto", "https"));
        assertSessionCookies(proxied.get("console/login.xhtml"), true, "login page behind the HTTPS proxy");
        HttpResponse<String> signedIn = proxied.signIn(DemoLogins.MANAGER);
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        assertSessionCookies(signedIn, true, "sign-in (a new session id) behind the HTTPS proxy");
        assertEquals(200, proxied.get("console/index.xhtml").statusCode(), "the Secure cookie is the session's");

        ConsoleHttp plain = ConsoleHttp.viaLoopbackProxy(base, Map.of());
        assertSessionCookies(plain.get("console/login.xhtml"), false, "login page over plain HTTP");
        HttpResponse<String> plainSignIn = plain.signIn(DemoLogins.MANAGER);
        assertEquals(302, plainSignIn.statusCode(), plainSignIn.body());
        assertSessionCookies(plainSignIn, false, "sign-in over plain HTTP");

        ConsoleHttp proxiedHttp = ConsoleHttp.viaLoopbackProxy(base, Map.of("X-Forwarded-Proto", "http"));
        assertSessionCookies(proxiedHttp.get("console/login.xhtml"), false, "the proxy says plain HTTP");
        // Not from a trusted proxy (the address the container reports for itself): the header is not believed.
        if (!isLoopback(base.getHost())) {
            ConsoleHttp client = new ConsoleHttp(base, Map.of("X-Forwarded-Proto", "https"));
            assertSessionCookies(client.get("console/login.xhtml"), false, "a client claiming HTTPS itself");
        }
    }

    @Test
    void anUnknownConsolePageIsTheConsolesNotFoundPage() {
        ConsoleHttp manager = new ConsoleHttp(base).signedInAs(DemoLogins.MANAGER);
        for (String page : List.of("console/nope.xhtml", "console/orders/nope.xhtml", "console/nope")) {
            HttpResponse<String> missing = manager.get(page);
            assertEquals(404, missing.statusCode(), page + ": " + missing.body());
            assertTrue(contentType(missing).startsWith("text/html"), page + ": " + missing.headers());
            assertTrue(missing.body().contains("id=\"not-found\"") && missing.body().contains("console.css"),
                    page + ": " + missing.body());
            assertTrue(missing.body().contains("nav-dashboard"), "the console's navigation: " + missing.body());
        }
        // The API and everything outside the console keep the JSON envelope.
        for (String path : List.of("wp-json/cocart/v2/nope", "nope.xhtml", "nope")) {
            HttpResponse<String> json = http().get(http().at(path));
            assertEquals(404, json.statusCode(), path);
            assertTrue(contentType(json).startsWith("application/json"), path + ": " + json.headers());
            assertTrue(json.body().contains("\"status\":404"), path + ": " + json.body());
        }
    }

    @Test
    void anAjaxRequestToAPageTheUserMayNotUseIsRedirectedToThe403Page() {
        ConsoleHttp manager = new ConsoleHttp(base).signedInAs(DemoLogins.MANAGER);
        assertEquals(200, manager.get("console/index.xhtml").statusCode());      // a view state of this session
        HttpResponse<String> ajax = manager.postAjax("console/access/staff.xhtml", "staff:create", Map.of());
        assertEquals(200, ajax.statusCode(), "a partial response the Faces script reads: " + ajax.body());
        assertTrue(contentType(ajax).startsWith("text/xml"), ajax.headers().toString());
        Matcher redirect = Pattern.compile("<partial-response[^>]*><redirect url=\"([^\"]+)\"").matcher(ajax.body());
        assertTrue(redirect.find(), ajax.body());
        HttpResponse<String> followed = manager.get(redirect.group(1));
        assertEquals(403, followed.statusCode(), followed.body());
        assertTrue(followed.body().contains("This page is for administrators only."), followed.body());
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private static boolean isLoopback(String host) {
        try {
            return java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static void assertSessionCookies(HttpResponse<String> response, boolean secure, String what) {
        List<String> cookies = ConsoleHttp.sessionCookies(response);
        assertFalse(cookies.isEmpty(), what + ": no session cookie in " + response.headers());
        for (String cookie : cookies) {
            assertEquals(secure, ConsoleHttp.isSecure(cookie), what + ": " + cookies);
        }
    }

    @Test
    void aPostWithoutAValidViewStateIsRefused(TestInfo test) {
        try (ConsoleBrowser browser = browser(test)) {
            browser.signInAs(DemoLogins.MANAGER);
            String session = SESSION_COOKIE + "=" + browser.cookie(SESSION_COOKIE).orElseThrow().getValue();
            HttpResponse<String> forged = http().send(HttpRequest.newBuilder(http().at("console/index.xhtml"))
                    .header("Cookie", session).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(BodyPublishers.ofString("session=session&session%3Asign-out=Sign+out"
                            + "&jakarta.faces.ViewState=-1234567890%3A987654321")));
            assertEquals(403, forged.statusCode(), forged.body());
            assertTrue(forged.body().contains("This form has expired or did not come from this console"), forged.body());
            browser.go("console/index.xhtml");
            assertEquals(DASHBOARD, browser.path(), "the forged sign-out did nothing");
            assertEquals(200, browser.status());
        }
    }

    @Test
    void signOutEndsTheSession(TestInfo test) {
        try (ConsoleBrowser browser = browser(test)) {
            browser.signInAs(DemoLogins.ADMIN);
            String old = SESSION_COOKIE + "=" + browser.cookie(SESSION_COOKIE).orElseThrow().getValue();
            browser.click("session:sign-out");
            assertEquals(LOGIN_PAGE, browser.path());
            browser.back();
            assertEquals(LOGIN_PAGE, browser.path(), "back to the dashboard asks the server again: " + browser.url());
            browser.go("console/index.xhtml");
            assertEquals(LOGIN_PAGE, browser.path());
            HttpResponse<String> replay = http().send(HttpRequest.newBuilder(http().at("console/index.xhtml"))
                    .header("Cookie", old).GET());
            assertEquals(302, replay.statusCode(), "the old session id opens nothing");
        }
    }

    @Test
    void theApiStillSetsNoCookie(TestInfo test) {
        HttpResponse<String> store = http().get(http().at("wp-json/cocart/v2/store"));
        assertEquals(200, store.statusCode());
        assertEquals(List.of(), store.headers().allValues("Set-Cookie"), "no session on the API");
        try (ConsoleBrowser browser = browser(test)) {
            browser.signInAs(DemoLogins.MANAGER);
            String session = SESSION_COOKIE + "=" + browser.cookie(SESSION_COOKIE).orElseThrow().getValue();
            HttpResponse<String> withConsoleCookie = http().send(HttpRequest.newBuilder(http().at("wp-json/cocart/v2/store"))
                    .header("Accept", "application/json").header("Cookie", session).GET());
            assertEquals(200, withConsoleCookie.statusCode());
            assertEquals(List.of(), withConsoleCookie.headers().allValues("Set-Cookie"));
            assertFalse(withConsoleCookie.body().contains("<html"), "JSON, not a page");
        }
    }

    @Test
    void aFileUploadIsRefusedEverywhereButTheImportPage() {
        String body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + "a,b\n".repeat(1000) + "\r\n--b--\r\n";
        for (String page : List.of("console/login.xhtml", "checkout?cocart-load-cart=abc", "checkout/index.xhtml")) {
            HttpResponse<String> sent = http().send(HttpRequest.newBuilder(http().at(page))
                    .header("Content-Type", "multipart/form-data; boundary=b")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            assertEquals(415, sent.statusCode(), page + ": " + sent.body());
        }
    }

    private Http http() {
        return new Http(base);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(SESSION_COOKIE + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + response.headers()));
    }
}
