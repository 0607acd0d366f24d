package org.sourcewiki.cite;

import static org.assertj.core.api.Assertions.assertThat;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sourcewiki.source.SourceSummary;

class CslFormatterTest {
    private static final CslFormatter FORMATTER = new CslFormatter();
    private final CiteItems items = new CiteItems("Sourcewiki", "https://wiki.example.org");
    private final LocalDate accessed = LocalDate.of(2026, 11, 30);

    private CiteItem page(long revision, String title) {
        return items.page(new CiteItems.PageRevision(title.replace(' ', '_'), title, revision,
                OffsetDateTime.of(2026, 11, 28, 23, 30, 0, 0, ZoneOffset.ofHours(-2)), "Le général et la page sont dans le texte du wiki.",
                List.of(new CiteItems.Contributor("seed", true))), accessed, "Sourcewiki contributors");
    }

    static SourceSummary source(String title, boolean supplied, String publisher, String author, String published) {
        return new SourceSummary(1, "bamada-2025-04", title, supplied, publisher, author, published, "fr", null,
                "a", "b", "UTF-8", OffsetDateTime.now(), "text/plain", "{}", null, "a.txt", true, 10, 8, 0, 0);
    }

    @Test
    void every_style_names_the_permalink_the_revision_date_and_the_access_date_in_english() {
        List<CslFormatter.Formatted> formatted = FORMATTER.format(page(412, "Assimi Goïta"), null, Locale.ENGLISH);
        assertThat(formatted).extracting(CslFormatter.Formatted::style).containsExactly(CslFormatter.Style.values());
        for (CslFormatter.Formatted reference : formatted) {
            assertThat(reference.referenceText())
                    .contains("https://wiki.example.org/wiki/Assimi_Go%C3%AFta?rev=412")
                    .contains("Sourcewiki contributors")
                    .contains("Assimi Goïta")
                    .contains("2026");
            assertThat(reference.referenceText()).containsAnyOf("November 30, 2026", "30 Nov. 2026");
        }
        assertThat(formatted.get(0).referenceText()).isEqualTo("Sourcewiki contributors. (2026). Assimi Goïta. In Sourcewiki (Version 412). "
                + "Retrieved November 30, 2026, from https://wiki.example.org/wiki/Assimi_Go%C3%AFta?rev=412");
        assertThat(formatted.get(0).referenceHtml()).contains("<i>Sourcewiki</i>").doesNotContain("style=");
    }

    @Test
    void french_references_use_the_french_locale() {
        List<CslFormatter.Formatted> formatted = FORMATTER.format(page(412, "Assimi Goïta"), null, Locale.FRENCH);
        assertThat(formatted.get(0).referenceText()).contains("Consulté 30 novembre 2026");
        assertThat(formatted.get(1).referenceText().replaceAll("[\\u00a0\\u202f]", " "))
                .contains("« Assimi Goïta »").contains("29 novembre 2026").contains("Consulté le 30 novembre 2026");
        assertThat(formatted.get(2).referenceText()).contains("30 novembre 2026");
    }

    @Test
    void a_month_stays_a_month_and_no_day_or_author_is_invented() {
        CiteItem item = items.source(source("[Consultations AES–Russie à Moscou]", true, "Bamada.net", null, "2025-04"));
        for (CslFormatter.Formatted reference : FORMATTER.format(item, null, Locale.ENGLISH)) {
            assertThat(reference.referenceText()).contains("[Consultations AES–Russie à Moscou]").contains("Bamada.net")
                    .containsAnyOf("April 2025", "Apr. 2025", "2025, April").doesNotContain("Retrieved").doesNotContain("Accessed")
                    .doesNotContainPattern("April \\d{1,2}\\b|\\d April");
        }
    }

    @Test
    void a_passage_is_cited_with_its_paragraph_number() {
        CiteItem item = items.source(source("Coopération stratégique", false, "Bamada.net", "Moussa Keita", "2025-04-09"));
        List<CslFormatter.Formatted> formatted = FORMATTER.format(item, 7, Locale.ENGLISH);
        assertThat(formatted).allSatisfy(f -> assertThat(f.citationText()).contains("7").contains("Moussa Keita"));
        assertThat(formatted.get(2).citationText()).isEqualTo("(Moussa Keita 2025, para. 7)");
        assertThat(FORMATTER.format(CslFormatter.Style.CHICAGO, item, 7, Locale.FRENCH).citationText()).isEqualTo("(Moussa Keita 2025, paragr. 7)");
    }

    @Test
    void the_only_change_to_the_official_styles_is_the_retrieval_date() throws Exception {
        CiteItem item = items.source(source("Coopération stratégique", false, "Bamada.net", "Moussa Keita", "2025-04-09"));
        for (CslFormatter.Style style : CslFormatter.Style.values()) {
            assertThat(CslStyles.withRetrievalDate(style.cslId())).as(style.cslId()).contains("<if variable=\"accessed\">");
            CSL official = new CSL(
                    new ListItemDataProvider(CSLItemData.fromJson(CslJson.item(item))),
                    style.cslId(), "en-US");
            official.setOutputFormat("text");
            official.registerCitationItems(item.id());
            assertThat(FORMATTER.format(style, item, null, Locale.ENGLISH).referenceText()).as(style.cslId())
                    .isEqualTo(official.makeBibliography().getEntries()[0].strip());
        }
    }

    @Test
    void markup_in_a_title_is_shown_as_text_never_as_html() {
        CiteItem item = items.source(source("<script>alert(1)</script> & {x} 50 % a_b $5 #1", false, null, null, null));
        for (CslFormatter.Formatted reference : FORMATTER.format(item, null, Locale.ENGLISH)) {
            assertThat(reference.referenceHtml()).doesNotContain("<script").contains("&lt;script&gt;");
            assertThat(reference.referenceText()).contains("<script>alert(1)</script> & {x} 50 % a_b $5 #1");
        }
    }

    @Test
    void concurrent_requests_each_get_their_own_reference() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 1; i <= 64; i++) {
                long revision = i;
                results.add(pool.submit(() -> FORMATTER.format(CslFormatter.Style.values()[(int) (revision % 3)],
                        page(revision, "Page " + revision), null, revision % 2 == 0 ? Locale.FRENCH : Locale.ENGLISH).referenceText()));
            }
            for (int i = 1; i <= 64; i++) {
                assertThat(results.get(i - 1).get()).contains("Page " + i).contains("?rev=" + i);
            }
        } finally {
            pool.shutdown();
        }
    }
}
