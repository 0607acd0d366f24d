package org.sourcewiki.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.sourcewiki.source.ImportOutcome;
import org.sourcewiki.source.Importers;
import org.sourcewiki.support.BrowserTest;
import org.sourcewiki.support.TestServer;

/**
 * A source of more than ten thousand passages read in Chromium: five-digit passage numbers stay on one line, beside
 * the text and on the screen, and the text of every passage starts at the same place, on a laptop and on a phone.
 */
class PassageNumbersJourneyTest extends BrowserTest {
    private static final int PASSAGES = 10_100;
    private static TestServer server;
    private static String slug;

    @BeforeAll
    static void start() {
        server = new TestServer();
        StringBuilder article = new StringBuilder("Un article sans fin\n\n");
        for (int i = 2; i <= PASSAGES; i++) {
            article.append("Paragraphe ").append(i).append(" : le texte continue.\n\n");
        }
        ImportOutcome outcome = Importers.create(server.database(), 5L << 20).importStream("sans-fin.txt", "sans-fin.txt",
                new ByteArrayInputStream(article.toString().getBytes(StandardCharsets.UTF_8)));
        slug = ((ImportOutcome.Imported) outcome).slug();
        // A lone passage of web-page matter (its number in a fold's summary) and a run of three (a fold of passages).
        server.database().jdbi().useHandle(h -> h.execute("""
                update passage set kind = 'boilerplate', kind_reason = 'editor'
                where number in (10005, 10010, 10011, 10012) and source_id = (select id from source where slug = ?)
                """, slug));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void five_digit_passage_numbers_stay_on_one_line_beside_text_that_lines_up() {
        for (int pixels : List.of(1280, 390)) {
            ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", pixels,
                    "height", 900, "deviceScaleFactor", 1, "mobile", pixels < 600));
            browser.get(server.url("/sources/" + slug + "?page=51"));
            @SuppressWarnings("unchecked")
            Map<String, Object> layout = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript("""
                    document.querySelectorAll('details').forEach(d => d.open = true);
                    const wrapped = [], overlapping = [], offScreen = [], starts = new Set();
                    for (const number of document.querySelectorAll('.passages .passage-number')) {
                      const range = document.createRange();
                      range.selectNodeContents(number);
                      const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                      if (lines.size !== 1) wrapped.push(number.textContent);
                      const box = number.getBoundingClientRect();
                      if (box.left < 0) offScreen.push(number.textContent);
                      const passage = number.closest('.passage');
                      const text = passage.querySelector('.passage-text').getBoundingClientRect();
                      starts.add(Math.round(text.left));
                      if (!number.closest('summary') && box.right > text.left) overlapping.push(number.textContent);
                    }
                    return {count: document.querySelectorAll('.passages .passage-number').length, wrapped: wrapped,
                            overlapping: overlapping, offScreen: offScreen, starts: [...starts]};
                    """);
            assertThat(((Number) layout.get("count")).intValue()).as("numbers at %d px", pixels).isEqualTo(100);
            assertThat((List<?>) layout.get("wrapped")).as("numbers broken across lines at %d px", pixels).isEmpty();
            assertThat((List<?>) layout.get("overlapping")).as("numbers over the text at %d px", pixels).isEmpty();
            assertThat((List<?>) layout.get("offScreen")).as("numbers off the screen at %d px", pixels).isEmpty();
            assertThat((List<?>) layout.get("starts")).as("left edges of the passages' text at %d px", pixels).hasSize(1);
        }
    }
}
