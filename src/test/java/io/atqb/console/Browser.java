package io.atqb.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through its own chromedriver, offline: the driver path is given, so Selenium
 * Manager never runs (nothing is downloaded), and Chromium's background network features are off. Chromium's paths
 * come from CHROMIUM_BINARY / CHROMEDRIVER_BINARY, else /usr/bin/chromium and /usr/bin/chromedriver. Without them the
 * tests are skipped with a message on a developer machine, and fail when the environment variable CI is set.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Paths.get("screenshots");
    static final Path DOWNLOADS = Paths.get("browser-downloads").toAbsolutePath();
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    final ChromeDriver driver;
    final WebDriverWait wait;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Starts Chromium, or skips (developer machine) / fails (CI) with a clear message when it is missing. */
    static Browser start() {
        File chromium = new File(envOr("CHROMIUM_BINARY", "/usr/bin/chromium"));
        File chromedriver = new File(envOr("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver"));
        requireBrowser(chromium, chromedriver, System.getenv("CI") != null);
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.createDirectories(DOWNLOADS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-default-apps", "--disable-extensions", "--no-default-browser-check",
                "--user-data-dir=" + tempProfile(), "--window-size=1280,900", "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", DOWNLOADS.toString(),
                "download.prompt_for_download", false,
                "safebrowsing.enabled", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(driver);
    }

    /** Returns when both are executable; else skips the tests, or fails them when {@code ci}. */
    static void requireBrowser(File chromium, File chromedriver, boolean ci) {
        if (chromium.canExecute() && chromedriver.canExecute()) {
            return;
        }
        String message = "The browser tests need Chromium and its chromedriver (" + chromium + ", " + chromedriver
                + "); install Debian's chromium and chromium-driver (.ci/run does) or set CHROMIUM_BINARY and"
                + " CHROMEDRIVER_BINARY";
        if (ci) {
            Assertions.fail(message + ". CI is set, so a missing browser fails the build.");
        }
        Assumptions.abort(message + ". Skipped on this machine (CI is not set).");
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String tempProfile() {
        try {
            return Files.createTempDirectory("atqb-chromium-").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves a screenshot of what the browser shows as target/screenshots/{name}.png. */
    void screenshot(String name) {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page at desktop width and at phone width: a screenshot of each, and at phone width nothing wider than the
     * screen (wide tables scroll inside their own box).
     */
    void screenshotsAtBothWidths(String name) {
        assertEveryFieldLabelled(name);
        driver.manage().window().setSize(DESKTOP);
        screenshot(name + "-1280");
        driver.manage().window().setSize(PHONE);
        Number overflow = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        screenshot(name + "-phone");
        driver.manage().window().setSize(DESKTOP);
        assertThat(overflow.intValue()).as("page %s is wider than a phone screen by %s px", name, overflow)
                .isLessThanOrEqualTo(0);
    }

    /** Every visible form field has a label (or an aria-label), so it can be reached and named from the keyboard. */
    @SuppressWarnings("unchecked")
    void assertEveryFieldLabelled(String page) {
        List<String> unlabelled = (List<String>) script("return Array.from(document.querySelectorAll("
                + "'input:not([type=hidden]), select, textarea')).filter(function (e) {"
                + " return !(e.labels && e.labels.length) && !e.getAttribute('aria-label'); })"
                + ".map(function (e) { return e.id || e.name || e.outerHTML; });");
        assertThat(unlabelled).as("form fields without a label on %s", page).isEmpty();
    }

    /** The browser's console messages since the last call. */
    List<LogEntry> consoleEntries() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    /** No JavaScript error, CSP violation or failed resource was logged since the last call. */
    void assertNoConsoleErrors(String page) {
        List<String> severe = consoleEntries().stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
        assertThat(severe).as("browser console errors on %s", page).isEmpty();
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
