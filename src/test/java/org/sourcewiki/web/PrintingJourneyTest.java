package org.sourcewiki.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.print.PrintOptions;
import org.sourcewiki.support.BrowserTest;
import org.sourcewiki.support.TestServer;

/**
 * Pages printed to PDF by Chromium (DevTools' Page.printToPDF, through Selenium) and read back with PDFBox: what a
 * researcher holds on paper must lead back to the sources. White space is ignored when looking for addresses in
 * the text, since a long address may be broken across lines.
 */
class PrintingJourneyTest extends BrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.withOwnPublicUrl();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private String printedText(String path) throws Exception {
        browser.get(server.url(path));
        String pdf = ((PrintsPage) browser).print(new PrintOptions()).getContent();
        try (PDDocument document = Loader.loadPDF(Base64.getDecoder().decode(pdf))) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void a_printed_wiki_page_carries_the_absolute_address_of_every_reference_and_its_permalink() throws Exception {
        JsonNode page = JSON.readTree(server.get("/api/pages/Assimi_Go%C3%AFta").body());
        String printed = printedText("/wiki/Assimi_Go%C3%AFta");
        Set<String> addresses = new LinkedHashSet<>();
        for (JsonNode citation : page.get("citations")) {
            addresses.add(server.url("/sources/" + citation.get("source").asText() + "#p" + citation.get("passage").asInt()));
        }
        assertThat(addresses).hasSizeGreaterThan(3);
        assertThat(squeezed(printed)).contains(addresses.stream().map(PrintingJourneyTest::squeezed).toList());
        assertThat(squeezed(printed)).contains(squeezed(server.url("/wiki/Assimi_Go%C3%AFta?rev=" + page.get("id").asLong())));
        assertThat(printed).doesNotContain("Mentioned in sources").doesNotContain("Copy key").doesNotContain("Cite this page")
                .doesNotContain("↑");
    }

    @Test
    void a_printed_source_page_shows_every_passage_folded_or_not_and_no_buttons() throws Exception {
        String slug = "2025-06-23-cooperation-militaire";
        JsonNode source = JSON.readTree(server.get("/api/sources/" + slug).body());
        String printed = squeezed(printedText("/sources/" + slug));
        int boilerplate = 0;
        for (JsonNode passage : source.get("passages")) {
            assertThat(printed).as("passage " + passage.get("number")).contains(squeezed(passage.get("text").asText()));
            if (passage.get("kind").asText().equals("boilerplate")) {
                boilerplate++;
            }
        }
        assertThat(boilerplate).as("the source has a long run of web-page matter").isGreaterThan(40);
        assertThat(printed).doesNotContain(squeezed("Copy key")).contains(squeezed(server.url("/sources/" + slug)));
    }
}
