package org.headlesscart.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the console's black-box suites: Debian's {@code chromium} driven through
 * {@code chromium-driver}, headless at 1280×900. Every page it opens or lands on is saved as a PNG under
 * {@code target/console-screenshots/<test>/<nn>-<page>.png}, so a failure can be seen. A machine without chromium
 * fails the test with the install command (never a skip: the console would go untested). Close it after each test
 * ({@code try (var browser = ConsoleBrowser.open(...))}).
 */
public final class ConsoleBrowser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final String INSTALL = "apt-get install -y chromium chromium-driver";

    private final ChromeDriver driver;
    private final URI base;
    private final Path screenshots;
    private int shots;

    private ConsoleBrowser(ChromeDriver driver, URI base, Path screenshots) {
        this.driver = driver;
        this.base = base;
        this.screenshots = screenshots;
    }

    /** A fresh browser (no cookies) on the deployment at {@code base}; screenshots go to a folder named {@code test}. */
    public static ConsoleBrowser open(URL base, String test) {
        for (String binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(Paths.get(binary))) {
                throw new AssertionError(binary + " is missing: the console's browser tests need Debian's chromium and"
                        + " chromium-driver. Install them with: " + INSTALL);
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Paths.get(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Path folder = Paths.get("target", "console-screenshots", test);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            driver.quit();
            throw new AssertionError("cannot create " + folder, e);
        }
        return new ConsoleBrowser(driver, URI.create(base.toString()), folder);
    }

    /** Opens a path below the context root, e.g. {@code console/}, and saves a screenshot. */
    public ConsoleBrowser go(String path) {
        driver.get(base.resolve(path).toString());
        return shot();
    }

    /** Fills the login form of the page shown and submits it; lands wherever the console sends it. */
    public ConsoleBrowser signIn(String login, String password) {
        WebElement username = driver.findElement(By.id("login:username"));
        username.clear();
        username.sendKeys(login);
        driver.findElement(By.id("login:password")).sendKeys(password);
        shot("sign-in-form");
        return clickAndWait(driver.findElement(By.id("login:sign-in")));
    }

    /** Opens the console and signs in with a {@code login:password} pair such as {@link DemoLogins#ADMIN}. */
    public ConsoleBrowser signInAs(String loginPassword) {
        String[] parts = loginPassword.split(":", 2);
        return go("console/").signIn(parts[0], parts[1]);
    }

    /** Clicks a button or link that loads a page, and waits for that page (its old element gone) before the shot. */
    public ConsoleBrowser click(String id) {
        return clickAndWait(driver.findElement(By.id(id)));
    }

    // Without the wait a screenshot can be taken mid-navigation, and chromedriver then aborts it.
    private ConsoleBrowser clickAndWait(WebElement element) {
        try {
            element.click();
        } catch (WebDriverException e) {
            if (!gone(e)) {
                throw e;
            }
            // The click landed and the page was already being replaced when chromedriver looked at the node again.
        }
        await().until(d -> isGone(element));
        return shot();
    }

    /** Whether the element left the page: stale, or (during a navigation) a node chromedriver no longer finds. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) {
            if (gone(e)) {
                return true;
            }
            throw e;
        }
    }

    private static boolean gone(WebDriverException e) {
        return e instanceof StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    public ConsoleBrowser back() {
        driver.navigate().back();
        return shot();
    }

    /** The path of the page shown, below the context root (e.g. {@code /console/index.xhtml}), without the query. */
    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** The HTTP status of the page shown (Navigation Timing's responseStatus). */
    public long status() {
        return (Long) driver.executeScript("return performance.getEntriesByType('navigation')[0].responseStatus;");
    }

    /** The element's text; found again when a re-render replaced it between finding and reading. */
    public String text(String id) {
        for (int attempt = 1; ; attempt++) {
            try {
                return driver.findElement(By.id(id)).getText();
            } catch (WebDriverException e) {
                if (attempt == 3 || !gone(e)) {
                    throw e;
                }
            }
        }
    }

    public boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public Optional<Cookie> cookie(String name) {
        return Optional.ofNullable(driver.manage().getCookieNamed(name));
    }

    public WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Saves the page shown as the next numbered screenshot, named after its file (index, login...). */
    public ConsoleBrowser shot() {
        String name = path().replaceAll(".*/", "").replace(".xhtml", "");
        return shot(name.isEmpty() ? "root" : name);
    }

    public ConsoleBrowser shot(String name) {
        Path file = screenshots.resolve(String.format("%02d-%s.png", ++shots, name.replaceAll("[^A-Za-z0-9._-]", "_")));
        try {
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new AssertionError("cannot write " + file, e);
        }
        return this;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
