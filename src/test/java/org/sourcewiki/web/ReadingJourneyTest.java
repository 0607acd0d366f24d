package org.sourcewiki.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.sourcewiki.support.BrowserTest;
import org.sourcewiki.support.Browsers;
import org.sourcewiki.support.PageTypes;
import org.sourcewiki.support.TestServer;

/**
 * Reading the demo wiki in Chromium at a phone's width (390 px) and a laptop's (1280 px), in English and French:
 * no page scrolls sideways, a wiki page's lead runs at a readable measure, notes and references lead to each other,
 * and a run of web-page matter on a source page is one translated row that a link into it opens.
 */
class ReadingJourneyTest extends BrowserTest {
    private static TestServer server;
    private static Map<String, String> pages;

    @BeforeAll
    static void start() {
        server = new TestServer(true);
        pages = PageTypes.of(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    private void width(int pixels) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", pixels,
                "height", 900, "deviceScaleFactor", 1, "mobile", pixels < 600));
    }

    private void signIn() {
        browser.get(server.url("/login"));
        browser.findElement(By.id("login-username")).sendKeys(PageTypes.EDITOR);
        browser.findElement(By.id("login-password")).sendKeys(PageTypes.PASSWORD);
        Browsers.clickAndWait(browser, browser.findElement(By.cssSelector("form[action='/login'] button")));
    }

    @Test
    void no_page_type_scrolls_sideways_on_a_phone_or_a_laptop_in_either_language() {
        signIn();
        List<String> wide = new ArrayList<>();
        for (String language : List.of("en", "fr")) {
            browser.get(server.url("/language?set=" + language + "&next=/"));
            for (int pixels : List.of(390, 1280)) {
                width(pixels);
                for (Map.Entry<String, String> page : pages.entrySet()) {
                    browser.get(server.url(page.getValue()));
                    // Open every fold too: an opened run of web-page matter must fit as well.
                    js().executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");
                    long scrollWidth = ((Number) js().executeScript("return document.documentElement.scrollWidth")).longValue();
                    long innerWidth = ((Number) js().executeScript("return window.innerWidth")).longValue();
                    // A phone shows a page wider than itself zoomed out: its viewport (innerWidth) grows as well.
                    if (scrollWidth > innerWidth || innerWidth > pixels) {
                        wide.add(page.getKey() + " in " + language + " at " + pixels + " px: " + scrollWidth + " px wide");
                    }
                }
            }
        }
        assertThat(wide).as("pages wider than the screen").isEmpty();
    }

    @Test
    void a_wiki_page_lead_runs_at_a_readable_measure_with_the_infobox_beside_it_on_a_laptop_and_under_it_on_a_phone() {
        width(1280);
        browser.get(server.url(PageTypes.ACTOR));
        // Characters on each line of the lead paragraph, counted with a Range over each character of its text.
        @SuppressWarnings("unchecked")
        List<Number> lines = (List<Number>) js().executeScript("""
                const p = document.querySelector('.page-lead p');
                const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
                const counts = new Map();
                let node;
                while ((node = walker.nextNode())) {
                  if (node.parentElement.closest('sup')) continue; // note markers sit higher on the same line
                  for (let i = 0; i < node.length; i++) {
                    const range = document.createRange();
                    range.setStart(node, i); range.setEnd(node, i + 1);
                    const rect = range.getClientRects()[0];
                    if (!rect) continue;
                    const top = Math.round(rect.top);
                    counts.set(top, (counts.get(top) || 0) + 1);
                  }
                }
                return [...counts.keys()].sort((a, b) => a - b).map(top => counts.get(top));
                """);
        assertThat(lines).as("lines of the lead").hasSizeGreaterThan(1);
        for (Number count : lines.subList(0, lines.size() - 1)) {
            assertThat(count.intValue()).as("characters on a full line of the lead: " + lines).isBetween(55, 90);
        }
        WebElement lead = browser.findElement(By.cssSelector(".page-lead"));
        WebElement infobox = browser.findElement(By.cssSelector(".infobox"));
        assertThat(infobox.getRect().getX()).as("the infobox stands beside the text")
                .isGreaterThanOrEqualTo(lead.getRect().getX() + lead.getRect().getWidth());

        width(390);
        browser.navigate().refresh();
        lead = browser.findElement(By.cssSelector(".page-lead"));
        infobox = browser.findElement(By.cssSelector(".infobox"));
        assertThat(infobox.getRect().getY()).as("the infobox comes under the lead")
                .isGreaterThanOrEqualTo(lead.getRect().getY() + lead.getRect().getHeight());
        assertThat(browser.findElement(By.cssSelector(".page-rest")).getRect().getY())
                .isGreaterThanOrEqualTo(infobox.getRect().getY() + infobox.getRect().getHeight());
    }

    @Test
    void every_note_marker_and_its_reference_entry_link_to_each_other() {
        width(1280);
        browser.get(server.url(PageTypes.ACTOR));
        List<WebElement> markers = browser.findElements(By.cssSelector("sup.citation a.citation-marker"));
        assertThat(markers).hasSizeGreaterThan(5);
        for (WebElement marker : markers) {
            String note = marker.getAttribute("href").replaceAll(".*#", "");
            WebElement entry = browser.findElement(By.id(note));
            List<String> back = entry.findElements(By.cssSelector(".backlinks a")).stream()
                    .map(a -> a.getAttribute("href").replaceAll(".*#", "")).toList();
            assertThat(back).as(note + " links back to the marker").contains(marker.getAttribute("id"));
        }
        for (WebElement entry : browser.findElements(By.cssSelector(".reference-notes > li"))) {
            for (WebElement link : entry.findElements(By.cssSelector(".backlinks a"))) {
                WebElement marker = browser.findElement(By.id(link.getAttribute("href").replaceAll(".*#", "")));
                assertThat(marker.getAttribute("href")).endsWith("#" + entry.getAttribute("id"));
            }
        }
        // No marker ever starts a line: nothing separates it from the word before it.
        @SuppressWarnings("unchecked")
        List<String> before = (List<String>) js().executeScript(
                "return [...document.querySelectorAll('sup.citation')].map(s => s.previousSibling ? s.previousSibling.textContent.slice(-1) : '')");
        assertThat(before).noneMatch(character -> character.isBlank() && !character.isEmpty());
        // Followed and back again.
        markers.get(0).click();
        assertThat(browser.getCurrentUrl()).endsWith("#cite-note-1");
        browser.findElement(By.cssSelector("#cite-note-1 .backlinks a")).click();
        assertThat(browser.getCurrentUrl()).endsWith("#cite-ref-1-1");
    }

    @Test
    void a_run_of_web_page_matter_is_one_translated_row_that_a_link_into_it_opens() {
        width(1280);
        browser.get(server.url("/language?set=fr&next=/"));
        browser.get(server.url("/sources/" + PageTypes.SOURCE));
        List<WebElement> runs = browser.findElements(By.cssSelector("details.boilerplate-run"));
        assertThat(runs).isNotEmpty();
        WebElement run = runs.get(runs.size() - 1);
        String summary = run.findElement(By.tagName("summary")).getText();
        assertThat(summary).matches("(?s)¶(\\d+)–¶(\\d+)\u202F: (\\d+) passages hors article, repliés.*")
                .contains("après la fin de l’article").doesNotContain("after-article").doesNotContain("read-also");
        assertThat(run.getAttribute("open")).isNull();
        assertThat(run.findElement(By.id("p30")).isDisplayed()).isFalse();

        browser.get(server.url("/sources/" + PageTypes.SOURCE + "#p30"));
        assertThat(browser.findElement(By.id("p30")).isDisplayed()).as("a link to a folded passage opens its fold").isTrue();
        double top = ((Number) js().executeScript("return document.getElementById('p30').getBoundingClientRect().top")).doubleValue();
        assertThat(top).isBetween(-5.0, 900.0);
    }
}
