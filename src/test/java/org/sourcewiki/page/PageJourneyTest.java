package org.sourcewiki.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sourcewiki.support.Accessibility;
import org.sourcewiki.support.BrowserTest;
import org.sourcewiki.support.Browsers;
import org.sourcewiki.support.TestServer;

/** An editor's day in real Chromium: sign in, create a page with a link, edit twice, compare, restore. */
class PageJourneyTest extends BrowserTest {
    private static final String PASSWORD = "correct horse battery";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
        server.addUser("journey", PASSWORD, "editor");
    }

    @AfterAll
    static void stop() {
        server.close();
    }


    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void save() {
        clickAndWait(browser.findElement(By.cssSelector("button[name='save']")));
    }

    private void clickAndWait(WebElement element) {
        Browsers.clickAndWait(browser, element);
    }

    private void follow(String linkText) {
        clickAndWait(browser.findElement(By.linkText(linkText)));
    }

    @Test
    void an_editor_creates_edits_compares_and_restores_a_page() throws Exception {
        browser.get(server.url("/"));
        follow("Sign in");
        type("login-username", "journey");
        type("login-password", PASSWORD);
        clickAndWait(browser.findElement(By.cssSelector("form[action='/login'] button")));
        assertThat(browser.findElement(By.className("user-name")).getText()).isEqualTo("journey");

        browser.get(server.url("/wiki/Assimi_Go%C3%AFta"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Assimi Goïta");
        follow("Create this page");
        // A new page asks what it is about first; the choice names the kind and the subtype.
        follow("A person");
        assertThat(browser.findElement(By.cssSelector("input[name='kind'][value='actor']")).isSelected()).isTrue();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("field-subtype"))).selectByValue("person");
        type("field-aliases", "Goita");
        type("field-body", "Président de la Transition du [[Mali]].");
        type("field-summary", "Création");
        save();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Assimi Goïta");
        WebElement link = browser.findElement(By.linkText("Mali"));
        assertThat(link.getAttribute("class")).contains("new");

        follow("Edit");
        type("field-body", "Président de la Transition du [[Mali]] depuis 2021.");
        save();
        follow("Edit");
        type("field-body", "Général, président de la Transition du [[Mali]] depuis 2021.");
        save();
        assertThat(browser.findElement(By.className("page-body")).getText()).startsWith("Général");

        follow("History");
        List<WebElement> rows = browser.findElements(By.cssSelector("table.history tbody tr"));
        assertThat(rows).hasSize(3);
        rows.get(2).findElement(By.cssSelector("input[name='from']")).click();
        rows.get(0).findElement(By.cssSelector("input[name='to']")).click();
        clickAndWait(browser.findElement(By.cssSelector("main form button[type='submit']")));
        assertThat(browser.findElement(By.className("diff-body")).getText()).contains("Général").contains("depuis 2021");
        assertThat(browser.findElements(By.cssSelector(".diff-body ins"))).isNotEmpty();
        screenshot("diff.png");

        follow("History");
        clickAndWait(browser.findElements(By.cssSelector("table.history tbody tr")).get(2).findElement(By.cssSelector("td a")));
        assertThat(browser.findElement(By.className("revision-banner")).getText()).contains("not the current version");
        clickAndWait(browser.findElement(By.cssSelector(".revision-banner a.restore-link")));
        clickAndWait(browser.findElement(By.cssSelector(".restore-form button[type='submit']")));
        assertThat(browser.findElement(By.className("page-body")).getText()).isEqualTo("Président de la Transition du Mali.");
        follow("History");
        assertThat(browser.findElements(By.cssSelector("table.history tbody tr"))).hasSize(4);
        assertThat(browser.findElement(By.cssSelector("table.history tbody tr .restored")).getText()).contains("restored revision");
        screenshot("history.png");
    }

    @Test
    void leaving_a_changed_edit_form_asks_first_and_the_text_stays() {
        server.addUser("brouillon", PASSWORD, "editor");
        browser.get(server.url("/login"));
        type("login-username", "brouillon");
        type("login-password", PASSWORD);
        clickAndWait(browser.findElement(By.cssSelector("form[action='/login'] button")));
        browser.get(server.url("/wiki/Brouillon/edit?kind=topic"));
        // ChromeDriver answers a real leave-page dialog by itself, so the test asks the page's own handler.
        String wouldAsk = "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e);"
                + " return e.defaultPrevented;";
        assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(wouldAsk)).as("unchanged form").isFalse();

        type("field-body", "Un texte qui n’est pas encore enregistré.");

        assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(wouldAsk)).as("changed form").isTrue();
        save();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Brouillon");
    }

    @Test
    void wiki_page_types_have_no_serious_or_critical_accessibility_violation() {
        server.addUser("axe", PASSWORD, "admin");
        browser.get(server.url("/login"));
        type("login-username", "axe");
        type("login-password", PASSWORD);
        clickAndWait(browser.findElement(By.cssSelector("form[action='/login'] button")));
        browser.get(server.url("/wiki/Accord/edit?kind=agreement"));
        browser.findElement(By.cssSelector("input[name='kind'][value='agreement']")).click();
        type("field-parties", "Mali\nRussie");
        type("field-body", "Accord [[Mali]].");
        save();
        follow("Edit");
        type("field-body", "Accord entre le [[Mali]] et la Russie.");
        save();
        for (String path : List.of("/wiki/Accord", "/wiki/Accord/edit", "/wiki/Accord/history", "/wiki/Accord/links",
                "/wiki/Mali", "/agreements", "/actors", "/recent", "/admin/users", "/account/password", "/login",
                "/wiki/Nouvelle_page/edit", "/maintenance/uncited", "/passages?q=Goita")) {
            browser.get(server.url(path));
            assertThat(Accessibility.seriousViolations(browser)).as(path).isEmpty();
        }
        browser.get(server.url("/wiki/Accord/history"));
        clickAndWait(browser.findElement(By.cssSelector("main form button[type='submit']")));
        assertThat(Accessibility.seriousViolations(browser)).as("diff").isEmpty();
    }
}
