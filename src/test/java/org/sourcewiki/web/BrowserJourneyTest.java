package org.sourcewiki.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sourcewiki.support.Accessibility;
import org.sourcewiki.support.BrowserTest;
import org.sourcewiki.support.Browsers;
import org.sourcewiki.support.TestServer;

/** A reader's journey in real headless Chromium, and axe-core on every page type. */
class BrowserJourneyTest extends BrowserTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }


    @Test
    void a_reader_goes_from_home_to_a_source_and_sees_its_passages() throws Exception {
        browser.get(server.url("/"));
        Browsers.clickAndWait(browser, browser.findElement(By.linkText("Sources")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sources");

        Browsers.clickAndWait(browser, browser.findElement(By.partialLinkText("Coopération stratégique")));
        assertThat(browser.getCurrentUrl()).endsWith("/sources/bamada-2025-04-09-cooperation-strategique");

        WebElement third = browser.findElement(By.id("p3"));
        assertThat(third.isDisplayed()).isTrue();
        assertThat(third.getAttribute("data-kind")).isEqualTo("body");
        assertThat(third.getText()).contains("Assimi Goïta").contains("[@bamada-2025-04-09-cooperation-strategique#p3]");

        WebElement junk = browser.findElement(By.id("p1"));
        assertThat(junk.getAttribute("data-kind")).isEqualTo("boilerplate");
        assertThat(junk.getAttribute("open")).isNull();
        assertThat(junk.findElement(By.className("passage-text")).isDisplayed()).isFalse();
        junk.findElement(By.tagName("summary")).click();
        assertThat(junk.findElement(By.className("passage-text")).isDisplayed()).isTrue();

        screenshot("source-page.png");
    }

    @Test
    void a_link_to_passage_seven_lands_on_passage_seven() throws Exception {
        browser.get(server.url("/sources/bamada-2025-04-09-cooperation-strategique#p8"));
        Object top = ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.getElementById('p8').getBoundingClientRect().top");
        assertThat(((Number) top).doubleValue()).isBetween(-5.0, 200.0);
        Object target = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return document.querySelector(':target').id");
        assertThat(target).isEqualTo("p8");
    }

    @Test
    void every_page_type_has_no_serious_or_critical_accessibility_violation() {
        for (String path : List.of("/", "/sources", "/sources/bamada-2025-04-09-cooperation-strategique",
                "/sources/2025-06-23-cooperation-militaire", "/sources/nothing-here", "/actors")) {
            browser.get(server.url(path));
            assertThat(Accessibility.seriousViolations(browser)).as(path).isEmpty();
        }
    }
}
