package org.sourcewiki.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sourcewiki.support.Accessibility;
import org.sourcewiki.support.BrowserTest;
import org.sourcewiki.support.Browsers;
import org.sourcewiki.support.TestServer;

/** Writing a page in real Chromium: choosing its kind, quoting from the passage finder, restoring with a summary. */
class EditingJourneyTest extends BrowserTest {
    private static final String PASSWORD = "correct horse battery";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(true);
        server.addUser("writer", PASSWORD, "editor");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void signIn() {
        browser.get(server.url("/login"));
        browser.findElement(By.id("login-username")).sendKeys("writer");
        browser.findElement(By.id("login-password")).sendKeys(PASSWORD);
        Browsers.clickAndWait(browser, browser.findElement(By.cssSelector("form[action='/login'] button")));
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @Test
    void words_selected_in_a_finder_result_are_inserted_as_a_quoted_key_at_the_cursor() throws Exception {
        browser.get(server.url("/wiki/Essai_Ma%C3%AFga/edit?kind=topic"));
        WebElement body = browser.findElement(By.id("field-body"));
        body.sendKeys("Selon la presse, ");
        browser.findElement(By.id("passage-finder-q")).sendKeys("Maiga");
        WebElement first = waiting().until(d -> d.findElements(By.cssSelector(".passage-results li .passage-text"))
                .stream().findFirst().orElse(null));
        WebElement result = first.findElement(By.xpath(".."));
        String heading = result.findElement(By.cssSelector(".finder-source")).getText();
        assertThat(heading).containsPattern(", passage \\d+").containsPattern("\\((article text|web-page matter)\\)");
        String key = result.findElement(By.cssSelector("code")).getText();
        assertThat(key).matches("\\[@[a-z0-9-]+#p\\d+\\]");
        assertThat(first.getText()).contains("Maïga");
        screenshot("finder-wide.png");

        js().executeScript("""
                const text = arguments[0].firstChild;
                const start = text.data.indexOf('Maïga');
                const range = document.createRange();
                range.setStart(text, start);
                range.setEnd(text, start + 'Maïga'.length);
                window.getSelection().removeAllRanges();
                window.getSelection().addRange(range);
                """, first);
        WebElement insertQuote = waiting().until(d -> {
            WebElement button = result.findElement(By.cssSelector(".insert-quote"));
            return button.isDisplayed() ? button : null;
        });
        insertQuote.click();
        String quoted = key.substring(0, key.length() - 1) + " \"Maïga\"]";
        assertThat(body.getAttribute("value")).isEqualTo("Selon la presse, " + quoted);

        // The whole-passage key, as before, goes where the cursor is.
        js().executeScript("arguments[0].setSelectionRange(0, 0);", body);
        result.findElement(By.cssSelector(".finder-actions button")).click();
        assertThat(body.getAttribute("value")).isEqualTo(key + "Selon la presse, " + quoted);

        Browsers.clickAndWait(browser, browser.findElement(By.cssSelector("button[name='save']")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Essai Maïga");
        assertThat(browser.findElement(By.cssSelector(".references q")).getText()).isEqualTo("Maïga");
    }

    @Test
    void the_finder_stands_beside_the_text_on_a_wide_screen_and_under_it_on_a_phone() throws Exception {
        browser.get(server.url("/wiki/Assimi_Go%C3%AFta/edit"));
        Rectangle text = browser.findElement(By.id("field-body")).getRect();
        Rectangle finder = browser.findElement(By.id("passage-finder")).getRect();
        assertThat(finder.getX()).isGreaterThanOrEqualTo(text.getX() + text.getWidth());
        assertThat(finder.getY()).isLessThan(text.getY() + text.getHeight());

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        text = browser.findElement(By.id("field-body")).getRect();
        finder = browser.findElement(By.id("passage-finder")).getRect();
        assertThat(finder.getY()).isGreaterThanOrEqualTo(text.getY() + text.getHeight());
        Long scroll = (Long) js().executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(scroll).isLessThanOrEqualTo(0L);
        screenshot("finder-phone.png");
    }

    @Test
    void creating_a_page_asks_its_kind_and_the_form_shows_only_that_kinds_facts() throws Exception {
        browser.get(server.url("/wiki/Oumar_Traor%C3%A9/edit"));
        assertThat(browser.findElements(By.id("field-body"))).isEmpty();
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        Browsers.clickAndWait(browser, browser.findElement(By.cssSelector(".kind-choices a[data-subtype='person']")));

        WebElement actorFacts = browser.findElement(By.cssSelector(".kind-fields[data-kind='actor']"));
        WebElement agreementFacts = browser.findElement(By.cssSelector(".kind-fields[data-kind='agreement']"));
        assertThat(browser.findElement(By.cssSelector("input[name='kind'][value='actor']")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("field-subtype")).getAttribute("value")).isEqualTo("person");
        assertThat(actorFacts.isDisplayed()).isTrue();
        assertThat(agreementFacts.isDisplayed()).isFalse();

        browser.findElement(By.cssSelector("input[name='kind'][value='agreement']")).click();
        assertThat(actorFacts.isDisplayed()).isFalse();
        assertThat(agreementFacts.isDisplayed()).isTrue();
        browser.findElement(By.cssSelector("input[name='kind'][value='topic']")).click();
        assertThat(actorFacts.isDisplayed()).isFalse();
        assertThat(agreementFacts.isDisplayed()).isFalse();
        browser.findElement(By.cssSelector("input[name='kind'][value='actor']")).click();
        assertThat(actorFacts.isDisplayed()).isTrue();

        browser.findElement(By.id("field-role")).sendKeys("Ministre");
        browser.findElement(By.id("field-body")).sendKeys("Un ministre.");
        Browsers.clickAndWait(browser, browser.findElement(By.cssSelector("button[name='save']")));
        assertThat(browser.findElement(By.cssSelector(".page-kind")).getText()).isEqualTo("Actor");
        assertThat(browser.findElement(By.cssSelector(".infobox")).getText()).contains("Person").contains("Ministre");
    }

    @Test
    void restoring_shows_what_will_change_and_keeps_the_editors_summary() throws Exception {
        browser.get(server.url("/wiki/Brouillon_restaur%C3%A9/edit?kind=topic"));
        browser.findElement(By.id("field-body")).sendKeys("Première version.");
        Browsers.clickAndWait(browser, browser.findElement(By.cssSelector("button[name='save']")));
        browser.findElement(By.linkText("Edit")).click();
        WebElement body = browser.findElement(By.id("field-body"));
        body.clear();
        body.sendKeys("Seconde version.");
        Browsers.clickAndWait(browser, browser.findElement(By.cssSelector("button[name='save']")));
        long first = server.database().jdbi().withHandle(h -> h.createQuery("""
                select min(r.id) from revision r join page p on p.id = r.page_id where p.slug = 'Brouillon_restauré'
                """).mapTo(Long.class).one());

        browser.get(server.url("/wiki/Brouillon_restaur%C3%A9?rev=" + first));
        Browsers.clickAndWait(browser, browser.findElement(By.cssSelector("a.restore-link")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Restore revision " + first + " of “Brouillon restauré”");
        assertThat(browser.findElement(By.cssSelector(".diff-body")).getText()).contains("Première").contains("Seconde");
        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
        browser.findElement(By.id("restore-summary")).sendKeys("La seconde version était fausse");
        screenshot("restore-confirmation.png");
        Browsers.clickAndWait(browser, browser.findElement(By.cssSelector(".restore-form button[type='submit']")));
        assertThat(browser.findElement(By.cssSelector(".page-body")).getText()).isEqualTo("Première version.");

        browser.get(server.url("/wiki/Brouillon_restaur%C3%A9/history"));
        String newest = browser.findElement(By.cssSelector("table.history tbody tr")).getText();
        assertThat(newest).contains("La seconde version était fausse").contains("(restored revision " + first + ")")
                .doesNotContain("Restored revision");
    }
}
