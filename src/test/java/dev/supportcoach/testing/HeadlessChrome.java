package dev.supportcoach.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium for tests that check what a person sees: Debian's {@code chromium}
 * and {@code chromedriver} ({@code /usr/bin}, or the paths in {@code SUPPORT_COACH_CHROMIUM} and
 * {@code SUPPORT_COACH_CHROMEDRIVER}). Nothing is downloaded.
 *
 * <p>When the browser is missing, a test is skipped with a message saying what to install;
 * with {@code SUPPORT_COACH_REQUIRE_BROWSER=1} (as {@code .ci/run} sets it) it fails instead,
 * so that CI cannot pass without having run it.
 *
 * <pre>{@code
 * try (HeadlessChrome chrome = HeadlessChrome.start()) {
 *     chrome.driver().get("http://127.0.0.1:" + port + "/");
 * }
 * }</pre>
 */
public final class HeadlessChrome implements AutoCloseable {
    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChrome(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a fresh browser (its own profile, 1280×1000 window); skips or fails the test when there is none. */
    public static HeadlessChrome start() {
        Path chromium = Path.of(env("SUPPORT_COACH_CHROMIUM", "/usr/bin/chromium"));
        Path chromedriver = Path.of(env("SUPPORT_COACH_CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            String why = "no headless browser: " + chromium + " or " + chromedriver
                    + " is missing (apt-get install -y chromium chromium-driver)";
            if ("1".equals(System.getenv("SUPPORT_COACH_REQUIRE_BROWSER"))) {
                fail(why + "; SUPPORT_COACH_REQUIRE_BROWSER=1 makes this a failure");
            }
            abort(why);
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("support-coach-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--lang=en-US", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return new HeadlessChrome(driver, profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary profile; the OS cleans it up eventually
        }
    }
}
