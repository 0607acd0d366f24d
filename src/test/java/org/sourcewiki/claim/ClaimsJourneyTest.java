package org.sourcewiki.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.sourcewiki.support.Accessibility;
import org.sourcewiki.support.BrowserTest;
import org.sourcewiki.support.Browsers;
import org.sourcewiki.support.HtmlChecker;
import org.sourcewiki.support.TestServer;

/**
 * A reader in real Chromium follows the demo wiki's claims: the accord's disputed status with each source's quote,
 * to the passage; the timeline filtered with its plain GET form; the graph's edge to the value that states it.
 * Every page checked by axe-core (WCAG 2.1 AA, serious and critical) and the Nu HTML Checker.
 */
class ClaimsJourneyTest extends BrowserTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private void checked(String name) throws Exception {
        assertThat(Accessibility.seriousViolations(browser)).as(browser.getCurrentUrl()).isEmpty();
        assertThat(HtmlChecker.errors(browser.getPageSource().startsWith("<!DOCTYPE") ? browser.getPageSource()
                : "<!DOCTYPE html>" + browser.getPageSource())).as(browser.getCurrentUrl()).isEmpty();
        screenshot("claims-" + name + ".png");
    }

    @Test
    void a_reader_sees_the_accords_status_as_three_sources_give_it_and_follows_one_to_its_passage() throws Exception {
        browser.get(server.url("/wiki/" + enc("Communiqué_conjoint_AES–Russie_d’avril_2025")));
        WebElement dispute = browser.findElement(By.id("dispute-status"));
        assertThat(dispute.findElements(By.cssSelector(".dispute-value"))).hasSize(3);
        assertThat(dispute.getText()).contains("un communiqué conjoint a été signé", "un communiqué conjoint adopté à la fin des travaux");
        checked("communique");
        WebElement signed = dispute.findElements(By.cssSelector(".dispute-value")).stream()
                .filter(card -> card.getText().startsWith("signé")).findFirst().orElseThrow();
        Browsers.clickAndWait(browser, signed.findElement(By.cssSelector("figcaption a")));
        assertThat(browser.getCurrentUrl()).contains("/sources/partenariat-aes-russie-reunion").endsWith("#p15");
        assertThat(browser.findElement(By.id("p15")).getText()).contains("un communiqué conjoint a été signé");
    }

    @Test
    void the_timeline_is_filtered_with_its_form_and_each_row_leads_to_its_value() throws Exception {
        browser.get(server.url("/timeline"));
        int all = browser.findElements(By.cssSelector("table.timeline-table tbody tr")).size();
        assertThat(browser.findElements(By.cssSelector("svg.timeline-chart a.timeline-mark"))).hasSize(all);
        checked("timeline");
        new Select(browser.findElement(By.id("timeline-actor"))).selectByVisibleText("Consultations AES–Russie d’avril 2025");
        browser.findElement(By.id("timeline-from")).sendKeys("2025-04");
        Browsers.clickAndWait(browser, browser.findElement(By.cssSelector("form.claims-filter button")));
        assertThat(browser.getCurrentUrl()).contains("actor=").contains("from=2025-04");
        assertThat(browser.findElements(By.cssSelector("table.timeline-table tbody tr"))).hasSize(3).hasSizeLessThan(all);
        checked("timeline-filtered");
        Browsers.clickAndWait(browser, browser.findElement(By.linkText("Held")));
        assertThat(browser.getCurrentUrl()).contains("#claim-held_on-");
        assertThat(browser.findElement(By.id("claim-held_on")).getText()).contains("April 1, 2025 – April 5, 2025");
    }

    @Test
    void the_graph_shows_parties_and_an_edge_leads_to_the_value_that_states_it() throws Exception {
        browser.get(server.url("/graph"));
        assertThat(browser.findElements(By.cssSelector("svg.graph-chart a.graph-node"))).hasSizeGreaterThanOrEqualTo(8);
        checked("graph");
        new Select(browser.findElement(By.id("graph-around"))).selectByVisibleText("Sergueï Lavrov");
        Browsers.clickAndWait(browser, browser.findElement(By.cssSelector("form.claims-filter button")));
        assertThat(browser.findElements(By.cssSelector("svg.graph-chart a.graph-edge"))).hasSizeLessThan(
                browser.findElements(By.cssSelector("#graph-around option")).size() + 20);
        checked("graph-around");
        browser.get(server.url("/graph"));
        // By keyboard, as a reader without a mouse goes: edges of one node may share a route, so not by pointer.
        WebElement edge = browser.findElement(By.cssSelector("svg.graph-chart a.graph-edge[href*='Communiqu'][href$='#claim-parties-1']"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].focus()", edge);
        assertThat(browser.switchTo().activeElement()).isEqualTo(edge);
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("#claim-parties-1"));
        assertThat(browser.getCurrentUrl()).contains("#claim-parties-1");
        assertThat(browser.findElement(By.id("claim-parties-1")).getText()).isNotBlank();
        browser.get(server.url("/disputes"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Consultations AES–Russie d’avril 2025 — Held");
        checked("disputes");
    }
}
