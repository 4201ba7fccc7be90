package dev.supportcoach.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium for browser tests: Debian's {@code chromium} and {@code chromedriver}
 * (paths from {@code SUPPORT_COACH_CHROMIUM} and {@code SUPPORT_COACH_CHROMEDRIVER}, default
 * {@code /usr/bin/...}), a fresh profile, no network features. When they are missing the test is
 * skipped with a message, unless {@code SUPPORT_COACH_REQUIRE_BROWSER=1} (set by {@code .ci/run}),
 * where it fails instead.
 *
 * <pre>{@code
 * try (HeadlessChrome chrome = HeadlessChrome.start()) {
 *     chrome.driver().get(page.toUri().toString());
 * }
 * }</pre>
 */
public final class HeadlessChrome implements AutoCloseable {
    /** Set to 1 to make a missing browser a failure instead of a skip. */
    public static final String REQUIRE = "SUPPORT_COACH_REQUIRE_BROWSER";

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChrome(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a browser, or skips (fails, under {@value #REQUIRE}) when there is none. */
    public static HeadlessChrome start() {
        Path browser = Path.of(env("SUPPORT_COACH_CHROMIUM", "/usr/bin/chromium"));
        Path chromedriver = Path.of(env("SUPPORT_COACH_CHROMEDRIVER", "/usr/bin/chromedriver"));
        boolean present = Files.isExecutable(browser) && Files.isExecutable(chromedriver);
        String missing = "no headless browser: " + browser + " and " + chromedriver
                + " are needed (apt-get install -y chromium chromium-driver)";
        if (!present) {
            if ("1".equals(System.getenv(REQUIRE))) {
                fail(missing + "; " + REQUIRE + "=1 makes this a failure");
            }
            assumeTrue(false, missing + "; skipped");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("support-coach-chrome");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new HeadlessChrome(driver, profile);
    }

    /** The browser. */
    public WebDriver driver() {
        return driver;
    }

    /** Quits the browser and removes its profile. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary directory left behind is harmless
            }
        }
    }

    private static String env(String name, String otherwise) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? otherwise : v;
    }
}
