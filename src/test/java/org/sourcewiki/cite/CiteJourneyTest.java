package org.sourcewiki.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.sourcewiki.support.Accessibility;
import org.sourcewiki.support.BrowserTest;
import org.sourcewiki.support.Browsers;
import org.sourcewiki.support.TestServer;

/** Citing in real Chromium: from a page to "Cite this page", the APA reference, and the permalink it names. */
class CiteJourneyTest extends BrowserTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.withOwnPublicUrl();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_reader_cites_a_page_in_apa_and_the_permalink_in_the_reference_opens_that_revision() throws Exception {
        browser.get(server.url("/wiki/Assimi_Go%C3%AFta"));
        Browsers.clickAndWait(browser, browser.findElement(By.linkText("Cite this page")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Cite “Assimi Goïta”");
        screenshot("cite-page.png");

        String apa = browser.findElement(By.id("text-apa")).getAttribute("value");
        assertThat(browser.findElement(By.id("reference-apa")).getText()).isEqualTo(apa);
        ((ChromeDriver) browser).executeCdpCommand("Browser.grantPermissions", Map.of("origin", server.url(""),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        browser.findElement(By.cssSelector("#style-apa button.copy-reference")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver ->
                !driver.findElement(By.cssSelector(".cite-references .copy-status")).getText().isEmpty());
        assertThat(browser.findElement(By.cssSelector(".cite-references .copy-status")).getText()).isEqualTo("Copied.");
        Object copied = ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, function (e) { done('error: ' + e); });");
        assertThat(copied).isEqualTo(apa);
        assertThat(apa).startsWith("Sourcewiki contributors. (").contains("Assimi Goïta. In Sourcewiki (Version ").contains("Retrieved ");
        Matcher url = Pattern.compile("(https?://\\S+)$").matcher(apa);
        assertThat(url.find()).as(apa).isTrue();
        String permalink = url.group(1);
        assertThat(permalink).startsWith(server.url("/wiki/Assimi_Go%C3%AFta?rev="));

        browser.get(permalink);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Assimi Goïta");
        assertThat(browser.findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href")).isEqualTo(permalink);
        assertThat(browser.findElement(By.linkText("Cite this page")).getAttribute("href"))
                .endsWith("/cite?rev=" + permalink.substring(permalink.indexOf("?rev=") + 5));
    }

    @Test
    void a_printed_page_ends_with_permalink_revision_and_retrieval_date_and_references_give_passage_addresses() {
        browser.get(server.url("/wiki/Assimi_Go%C3%AFta"));
        String permalink = browser.findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href");
        String revision = permalink.substring(permalink.indexOf("?rev=") + 5);
        assertThat(browser.findElement(By.cssSelector(".print-foot")).isDisplayed()).as("hidden on screen").isFalse();
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));

        WebElement foot = browser.findElement(By.cssSelector(".print-foot"));
        assertThat(foot.isDisplayed()).isTrue();
        assertThat(foot.getText()).contains(permalink).contains("Revision " + revision)
                .contains("Retrieved on " + LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)));
        List<WebElement> addresses = browser.findElements(By.cssSelector(".reference-notes .passage-address"));
        assertThat(addresses).isNotEmpty().allSatisfy(address -> {
            assertThat(address.isDisplayed()).isTrue();
            assertThat(address.getText()).matches(Pattern.quote(server.url("/sources/")) + "[a-z0-9-]+#p\\d+");
        });
        for (String hidden : List.of(".site-header", ".page-tabs", ".site-footer", ".page-tools")) {
            assertThat(browser.findElements(By.cssSelector(hidden))).as(hidden).allSatisfy(e -> assertThat(e.isDisplayed()).isFalse());
        }
        assertThat(browser.findElements(By.cssSelector("button, nav"))).allSatisfy(e -> assertThat(e.isDisplayed()).isFalse());
    }

    @Test
    void cite_pages_have_no_serious_accessibility_violation_in_english_or_french() {
        for (String language : List.of("en", "fr")) {
            browser.get(server.url("/language?set=" + language + "&next=/"));
            for (String path : List.of("/wiki/Assimi_Go%C3%AFta/cite", "/sources/2025-06-russie-soutient/cite?p=7",
                    "/sources/bamada-2025-04-09-cooperation-strategique/cite")) {
                browser.get(server.url(path));
                assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
                assertThat(Accessibility.seriousViolations(browser)).as(path + " in " + language).isEmpty();
            }
        }
    }
}
