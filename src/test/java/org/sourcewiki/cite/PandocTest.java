package org.sourcewiki.cite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcewiki.support.Pandoc;
import org.sourcewiki.support.TestServer;

/**
 * Pandoc as a real consumer: a researcher's report citing wiki pages through their cite.json and a passage, the
 * biblatex and RIS downloads, and the export.md of every demo page, all run through
 * {@code pandoc --citeproc --fail-if-warnings}.
 */
class PandocTest {
    private static TestServer server;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        server = new TestServer(true);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private String download(String path) {
        var response = server.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    @Test
    void a_report_citing_two_pages_and_a_passage_renders_with_their_bibliography(@TempDir Path folder) throws Exception {
        Pandoc.require();
        ArrayNode bibliography = json.createArrayNode();
        List<String> keys = new ArrayList<>();
        for (String path : List.of("/wiki/Assimi_Go%C3%AFta/cite.json", "/wiki/Abdoulaye_Diop/cite.json",
                "/sources/2025-06-russie-soutient/cite.json?p=7")) {
            JsonNode item = json.readTree(download(path)).get(0);
            keys.add(item.get("id").asText());
            bibliography.add(item);
        }
        Files.writeString(folder.resolve("refs.json"), json.writeValueAsString(bibliography), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("report.md"), "# Rapport\n\nLe président [@" + keys.get(0) + "] et le ministre [@"
                + keys.get(1) + "]. Trois accords [@" + keys.get(2) + ", para. 7].\n", StandardCharsets.UTF_8);
        Pandoc.Run run = Pandoc.run(folder, "--citeproc", "--fail-if-warnings", "--bibliography", "refs.json", "--wrap=none", "-t", "html", "report.md");
        assertThat(run.exitCode()).as(run.errors()).isZero();
        assertThat(run.errors()).isEmpty();
        assertThat(run.output()).contains("csl-bib-body").contains("Assimi Goïta").contains("Abdoulaye Diop")
                .contains("La Russie soutient une force unifiée").contains("?rev=").contains("para. 7")
                .doesNotContain("???");
    }

    @Test
    void biblatex_downloads_are_read_by_pandoc_and_keep_permalink_and_revision(@TempDir Path folder) throws Exception {
        Pandoc.require();
        String bib = download("/wiki/Assimi_Go%C3%AFta/cite.bib") + download("/sources/bamada-2025-04-09-cooperation-strategique/cite.bib?p=3")
                + download("/sources/2025-06-russie-soutient/cite.bib");
        Files.writeString(folder.resolve("refs.bib"), bib, StandardCharsets.UTF_8);
        Pandoc.Run run = Pandoc.run(folder, "--fail-if-warnings", "-f", "biblatex", "-t", "csljson", "refs.bib");
        assertThat(run.exitCode()).as(run.errors()).isZero();
        JsonNode items = json.readTree(run.output());
        assertThat(items).hasSize(3);
        JsonNode page = items.get(0);
        assertThat(page.get("title").asText()).isEqualTo("Assimi Goïta");
        assertThat(page.get("URL").asText()).startsWith("http://localhost:0/wiki/Assimi_Go%C3%AFta?rev=");
        assertThat(page.get("version").asText()).matches("\\d+");
        assertThat(page.get("accessed").get("date-parts").get(0)).hasSize(3);
        assertThat(page.get("author").get(0).get("literal").asText()).isEqualTo("Sourcewiki contributors");
        JsonNode passage = items.get(1);
        assertThat(passage.get("type").asText()).isEqualTo("article-newspaper");
        assertThat(passage.get("author").get(0).get("literal").asText()).isEqualTo("Moussa Keita");
        assertThat(passage.get("container-title").asText()).isEqualTo("Bamada.net");
        assertThat(passage.get("note").asText()).contains("¶ 3").contains("#p3");
        JsonNode month = items.get(2);
        assertThat(month.get("issued").get("date-parts").get(0)).hasSize(2);
        assertThat(month.get("title").asText()).startsWith("[La Russie");
        assertThat(month.has("author")).isFalse();
    }

    @Test
    void a_title_with_latex_and_markdown_characters_survives_pandoc(@TempDir Path folder) throws Exception {
        Pandoc.require();
        String title = "Goïta & Co: {x} 50 % a_b $5 #1 ~ ^";
        CiteItem item = new CiteItem("hostile", CiteItem.ARTICLE_NEWSPAPER, title, null, null, new PartialDate(2025, 4, null),
                null, null, null, "fr", null);
        Files.writeString(folder.resolve("refs.bib"), BibLatex.entry(item), StandardCharsets.UTF_8);
        Pandoc.Run fromBib = Pandoc.run(folder, "--fail-if-warnings", "-f", "biblatex", "-t", "csljson", "refs.bib");
        assertThat(json.readTree(fromBib.output()).get(0).get("title").asText()).isEqualTo(title);
        Files.writeString(folder.resolve("export.md"), new PandocExport("http://x").markdown(title, new PartialDate(2026, 1, 2),
                "http://x/wiki/A?rev=1", null, "Texte [@hostile#p1 \"a_b * [c]\"].", List.of(item)), StandardCharsets.UTF_8);
        Pandoc.Run fromMarkdown = Pandoc.run(folder, "--citeproc", "--fail-if-warnings", "--wrap=none", "-t", "plain", "export.md");
        assertThat(fromMarkdown.exitCode()).as(fromMarkdown.errors()).isZero();
        assertThat(fromMarkdown.output()).contains(title).contains("para. 1: “a_b * [c]”");
    }

    @Test
    void the_export_of_every_demo_page_renders_with_a_bibliography_of_its_sources(@TempDir Path folder) throws Exception {
        Pandoc.require();
        List<String> slugs = server.database().jdbi().withHandle(h -> h.createQuery("select slug from page order by slug")
                .mapTo(String.class).list());
        assertThat(slugs).hasSizeGreaterThanOrEqualTo(9);
        for (String slug : slugs) {
            String path = "/wiki/" + URLEncoder.encode(slug, StandardCharsets.UTF_8) + "/export.md";
            String markdown = download(path);
            int sources = server.count("select count(distinct c.source_id)::int from citation c join page p on p.current_revision_id = c.revision_id"
                    + " where p.slug = '" + slug.replace("'", "''") + "'");
            Files.writeString(folder.resolve("export.md"), markdown, StandardCharsets.UTF_8);
            Pandoc.Run run = Pandoc.run(folder, "--citeproc", "--fail-if-warnings", "export.md", "-o", "report.html");
            assertThat(run.exitCode()).as(slug + ": " + run.errors()).isZero();
            String html = Files.readString(folder.resolve("report.html"), StandardCharsets.UTF_8);
            assertThat(html.split("class=\"csl-entry\"", -1).length - 1).as(slug).isEqualTo(sources);
            assertThat(html).as(slug).doesNotContain("???");
        }
    }
}
