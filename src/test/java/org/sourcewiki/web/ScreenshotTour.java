package org.sourcewiki.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.sourcewiki.support.Browsers;
import org.sourcewiki.support.PageTypes;
import org.sourcewiki.support.TestServer;
import org.openqa.selenium.WebDriver;

/**
 * A tool run by hand, not a test (its name keeps it out of `mvn test`): full-page PNG screenshots of every page type
 * at 1280 and 390 px wide, in English and French, signed in, into target/screenshots/tour-{lang}-{width}-{page}.png.
 * Run it with {@code mvn -B -o test -Dtest=ScreenshotTour -Dsurefire.failIfNoSpecifiedTests=false} and look at them.
 */
class ScreenshotTour {
    @Test
    void take_screenshots_of_every_page_type() throws Exception {
        assumeTrue(System.getProperty("test", "").contains("ScreenshotTour"), "run by hand: -Dtest=ScreenshotTour");
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        try (TestServer server = new TestServer(true)) {
            Map<String, String> pages = PageTypes.of(server);
            WebDriver browser = Browsers.chromium();
            try {
                browser.get(server.url("/login"));
                browser.findElement(By.id("login-username")).sendKeys(PageTypes.EDITOR);
                browser.findElement(By.id("login-password")).sendKeys(PageTypes.PASSWORD);
                Browsers.clickAndWait(browser, browser.findElement(By.cssSelector("form[action='/login'] button")));
                for (String lang : List.of("en", "fr")) {
                    browser.get(server.url("/language?set=" + lang + "&next=/"));
                    for (int width : List.of(1280, 390)) {
                        for (Map.Entry<String, String> page : pages.entrySet()) {
                            browser.manage().window().setSize(new Dimension(width, 900));
                            browser.get(server.url(page.getValue()));
                            Path file = folder.resolve("tour-" + lang + "-" + width + "-" + page.getKey() + ".png");
                            Files.write(file, fullPage((ChromeDriver) browser, width));
                        }
                    }
                }
            } finally {
                browser.quit();
            }
        }
    }

    /** The whole page, not only the window: Chrome DevTools' captureBeyondViewport. */
    private static byte[] fullPage(ChromeDriver browser, int width) {
        Number height = (Number) ((JavascriptExecutor) browser).executeScript(
                "return Math.min(document.documentElement.scrollHeight, 12000)");
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", height.intValue(), "deviceScaleFactor", 1, "mobile", width < 600));
        try {
            return browser.getScreenshotAs(OutputType.BYTES);
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
