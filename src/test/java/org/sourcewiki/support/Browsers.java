package org.sourcewiki.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for browser journeys. Selenium is given the binaries so it never downloads any.
 * Without Chromium the journeys are skipped, loudly; under CI they fail instead, since CI installs it.
 */
public final class Browsers {
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver"));

    private Browsers() {
    }

    /** Clicks something that loads a new page and waits until the new page has loaded. */
    public static void clickAndWait(WebDriver browser, WebElement element) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("window.sourcewikiOldPage = true");
        element.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver ->
                Boolean.TRUE.equals(js.executeScript("return window.sourcewikiOldPage === undefined && document.readyState === 'complete'")));
    }

    public static WebDriver chromium() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "BROWSER TESTS SKIPPED: no Chromium at " + CHROMIUM + " or no chromedriver at " + CHROMEDRIVER
                    + ". Install them with: sudo apt-get install -y chromium chromium-driver";
            System.err.println("\n*** " + message + " ***\n");
            if (System.getenv("CI") != null) {
                Assertions.fail(message + " (CI must run them)");
            }
            Assumptions.abort(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-US",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
