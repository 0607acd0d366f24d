package org.sourcewiki.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sourcewiki.support.Accessibility;
import org.sourcewiki.support.BrowserTest;
import org.sourcewiki.support.Browsers;
import org.sourcewiki.support.TestServer;

/** Finding things in real Chromium: the header box's suggestions, and a search to a highlighted passage. */
class SearchJourneyTest extends BrowserTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }


    @Test
    void picking_a_suggestion_in_the_header_box_lands_on_the_page() {
        browser.get(server.url("/"));
        WebElement box = browser.findElement(By.id("site-search-q"));
        box.sendKeys("goita");
        WebElement option = new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                d.findElements(By.cssSelector("#title-suggestions option")).stream().findFirst().orElse(null));
        assertThat(option.getAttribute("value")).isEqualTo("Assimi Goïta");
        // The browser's own suggestion list cannot be clicked through WebDriver; picking from it sets the value
        // and fires this event, which is what the page listens to.
        ((JavascriptExecutor) browser).executeScript("""
                const box = document.getElementById('site-search-q');
                box.value = arguments[0];
                box.dispatchEvent(new InputEvent('input', {inputType: 'insertReplacementText', bubbles: true}));
                """, option.getAttribute("value"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/wiki/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Assimi Goïta");
    }

    @Test
    void a_search_leads_to_the_passage_it_found() {
        browser.get(server.url("/"));
        WebElement box = browser.findElement(By.id("site-search-q"));
        box.sendKeys("Rosatom");
        Browsers.clickAndWait(browser, browser.findElement(By.cssSelector(".site-search button")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Search");
        assertThat(browser.findElement(By.cssSelector("#search-passages + ol mark")).getText()).isEqualToIgnoringCase("Rosatom");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        Browsers.clickAndWait(browser, browser.findElement(By.cssSelector("#search-passages + ol a")));
        assertThat(browser.getCurrentUrl()).contains("/sources/2025-06-russie-soutient#p10");
        Object target = ((JavascriptExecutor) browser).executeScript("return document.querySelector(':target').id");
        assertThat(target).isEqualTo("p10");
        assertThat(browser.findElement(By.id("p10")).getText()).contains("ROSATOM");
    }
}
