package org.sourcewiki.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sourcewiki.support.Accessibility;
import org.sourcewiki.support.BrowserTest;
import org.sourcewiki.support.Browsers;
import org.sourcewiki.support.HtmlChecker;
import org.sourcewiki.support.TestServer;

/** Citing in real Chromium: select words, take the key, paste it, save, follow the reference back. */
class CitationJourneyTest extends BrowserTest {
    private static final String PASSWORD = "correct horse battery";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(true);
        server.addUser("researcher", PASSWORD, "editor");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void signIn() {
        browser.get(server.url("/login"));
        browser.findElement(By.id("login-username")).sendKeys("researcher");
        browser.findElement(By.id("login-password")).sendKeys(PASSWORD);
        Browsers.clickAndWait(browser, browser.findElement(By.cssSelector("form[action='/login'] button")));
    }


    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    @Test
    void selected_words_become_a_key_that_cites_them_and_the_reference_leads_back_highlighted() throws Exception {
        browser.get(server.url("/sources/2025-04-02-aes-ministres"));
        assertThat(browser.findElement(By.id("selection-key")).isDisplayed()).isFalse();
        js().executeScript("""
                const text = document.querySelector('#p17 .passage-text').firstChild;
                const start = text.data.indexOf('cette visite de 48 heures');
                const range = document.createRange();
                range.setStart(text, start);
                range.setEnd(text, start + 'cette visite de 48 heures'.length);
                const selection = window.getSelection();
                selection.removeAllRanges();
                selection.addRange(range);
                """);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.findElement(By.id("selection-key")).isDisplayed());
        String key = (String) js().executeScript("return document.getElementById('selection-key-output').value");
        assertThat(key).isEqualTo("[@2025-04-02-aes-ministres#p17 \"cette visite de 48 heures\"]");

        browser.get(server.url("/wiki/Visite_de_48_heures/edit?kind=topic"));
        browser.findElement(By.id("field-body")).sendKeys("La visite devait durer deux jours " + key + ".");
        Browsers.clickAndWait(browser, browser.findElement(By.cssSelector("button[name='save']")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Visite de 48 heures");

        browser.findElement(By.cssSelector("sup.citation a")).click();
        WebElement note = browser.findElement(By.id("cite-note-1"));
        assertThat(note.getText()).contains("passage 17").contains("cette visite de 48 heures");
        Browsers.clickAndWait(browser, note.findElement(By.cssSelector("a[href^='/sources/']")));
        assertThat(browser.getCurrentUrl()).contains("/sources/2025-04-02-aes-ministres?mark=").endsWith("#p17");
        WebElement mark = browser.findElement(By.cssSelector("#p17 mark"));
        assertThat(mark.getText()).isEqualTo("cette visite de 48 heures");
        assertThat(browser.findElement(By.cssSelector("#p17 .cited-by")).getText()).contains("Visite de 48 heures");
        screenshot("highlighted-passage.png");
        String url = browser.getCurrentUrl();
        String served = server.get(url.substring(url.indexOf("/sources/"), url.indexOf('#'))).body();
        assertThat(HtmlChecker.errors(served)).isEmpty();
    }

    @Test
    void the_passage_finder_inserts_a_key_into_the_text() throws Exception {
        browser.get(server.url("/wiki/Rosatom/edit?kind=actor&subtype=organisation"));
        WebElement finder = browser.findElement(By.id("passage-finder"));
        assertThat(finder.isDisplayed()).isTrue();
        browser.findElement(By.id("passage-finder-q")).sendKeys("énergie atomique");
        WebElement insert = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector(".passage-results button")).stream().findFirst().orElse(null));
        assertThat(browser.findElement(By.cssSelector(".passage-results li")).getText()).contains("@2025-06-russie-soutient#p10");
        insert.click();
        assertThat(browser.findElement(By.id("field-body")).getAttribute("value")).isEqualTo("[@2025-06-russie-soutient#p10]");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
    }

    @Test
    void pages_with_references_have_no_serious_accessibility_violation() {
        for (String path : List.of("/wiki/Assimi_Go%C3%AFta", "/wiki/Consultations_AES%E2%80%93Russie_d%E2%80%99avril_2025",
                "/wiki/Communiqu%C3%A9_conjoint_AES%E2%80%93Russie_d%E2%80%99avril_2025",
                "/sources/bamada-2025-04-09-cooperation-strategique?mark=706-729")) {
            browser.get(server.url(path));
            assertThat(Accessibility.seriousViolations(browser)).as(path).isEmpty();
        }
    }
}
