package com.merchantonboarding.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Selenium through Debian's chromedriver (installed by
 * .ci/run). Nothing is downloaded: the browser and driver paths are given explicitly.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = System.getProperty("browser.binary", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("browser.driver", "/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final String baseUrl;

    public Browser(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,2400", "--lang=en-US", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic",
                "--user-data-dir=" + tempDir());
        // The console's messages, for tests that a page loads without errors (a refused favicon, a blocked script).
        options.setCapability("goog:loggingPrefs", java.util.Map.of(org.openqa.selenium.logging.LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        this.baseUrl = "http://localhost:" + port;
    }

    /**
     * A browser for one test; the test is skipped when Chromium or chromedriver is missing, except
     * under {@code CI=true}, where that is a failure.
     */
    public static Browser startOrSkip(int port) {
        if (!available()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("Chromium and chromedriver are required under CI=true");
            }
            org.junit.jupiter.api.Assumptions.abort("Chromium or chromedriver is not installed: browser tests skipped");
        }
        return new Browser(port);
    }

    public static boolean available() {
        return new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public WebElement await(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void awaitText(By by, String text) {
        // The element is found again at every try: while a page is replaced (a form sent) Chromium can answer a read
        // of the old element with "Node with given id does not belong to the document" instead of a stale element.
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Clicks an element after scrolling it to the middle of the window (Tasklist has a fixed footer). */
    public void click(By by) {
        WebElement element = await(by);
        script("arguments[0].scrollIntoView({block: 'center'});", element);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(element));
        try {
            element.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException e) {
            // Tasklist's fixed footer or a notification can still cover it after a re-render: click it
            // as a keyboard user would activate it.
            script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
        }
    }

    /** The errors the browser's console reported since the last call (failed loads, script errors). */
    public java.util.List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(entry -> entry.getMessage()).toList();
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Logs into Tasklist with the login form, as an officer does. */
    public void loginToTasklist(String user, String password) {
        driver.manage().deleteAllCookies();
        open("/camunda/app/tasklist/default/");
        await(By.cssSelector("form[name=signinForm] input[ng-model=username]")).sendKeys(user);
        driver.findElement(By.cssSelector("form[name=signinForm] input[type=password]")).sendKeys(password);
        driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        await(By.cssSelector("[cam-tasklist-filters]"));
    }

    /** Logs into Cockpit with its login form, as an analyst or administrator does. */
    public void loginToCockpit(String user, String password) {
        driver.manage().deleteAllCookies();
        open("/camunda/app/cockpit/default/");
        await(By.cssSelector("form[name=signinForm] input[ng-model=username]")).sendKeys(user);
        driver.findElement(By.cssSelector("form[name=signinForm] input[type=password]")).sendKeys(password);
        driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        await(By.cssSelector("[cam-widget-header] .account"));
    }

    /** Logs a merchant into the portal with its login form (email and password, as for the API's account). */
    public void loginToPortal(String email, String password) {
        open("/portal/login");
        await(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form[action$='/portal/login'] button[type=submit]")).click();
        await(By.cssSelector("form.logout"));
    }

    /**
     * A screenshot of the whole page (the window is fitted to the page's height first, then restored), for
     * guides; saved under target/screenshots like {@link #screenshot(String)}.
     */
    public Path screenshotPage(String name, int width) {
        Dimension before = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(width, 800));
            long height = ((Number) script("return Math.ceil(document.documentElement.scrollHeight);")).longValue();
            driver.manage().window().setSize(new Dimension(width,
                    (int) Math.max(600, Math.min(4000, height + 140))));
            script("window.scrollTo(0, 0);");
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** Saves a screenshot under target/screenshots and returns its path. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.move(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("chromium-profile").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
