package org.sourcewiki.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
