package org.sourcewiki.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.Test;
import org.sourcewiki.source.SourceSummary;
import org.sourcewiki.source.StoredPassage;

/** CSL items, CSL-JSON, biblatex and RIS of pages, sources and passages: what each states and how it is escaped. */
class CiteFormatsTest {
    private static final String HOSTILE = "Goïta, café & Co: {x} 50 % a_b $5 #1 ~ ^ \\ Ł œ";
    private final CiteItems items = new CiteItems("Sourcewiki", "https://wiki.example.org");
    private final LocalDate accessed = LocalDate.of(2026, 11, 30);

    private CiteItem page(String title, List<CiteItems.Contributor> contributors) {
        return items.page(new CiteItems.PageRevision(title.replace(' ', '_'), title, 412,
                OffsetDateTime.of(2026, 11, 28, 10, 0, 0, 0, ZoneOffset.UTC),
                "Le général d’armée est le président de la Transition et le chef de l’État du Mali.", contributors),
                accessed, "Sourcewiki contributors");
    }

    private static SourceSummary source(String title, boolean supplied, String publisher, String author, String published, String url) {
        return new SourceSummary(1, "bamada-2025-04", title, supplied, publisher, author, published, "fr", url,
                "a", "b", "UTF-8", OffsetDateTime.now(), "text/plain", "{}", null, "a.txt", true, 10, 8, 0, 0);
    }

    @Test
    void a_page_revision_is_an_encyclopedia_entry_of_the_wiki_pinned_to_its_revision() {
        CiteItem item = page("Assimi Goïta", List.of(new CiteItems.Contributor("seed", true)));
        assertThat(item.id()).isEqualTo("Assimi_Goita-rev412");
        assertThat(item.type()).isEqualTo("entry-encyclopedia");
        assertThat(item.containerTitle()).isEqualTo("Sourcewiki");
        assertThat(item.author()).isEqualTo("Sourcewiki contributors");
        assertThat(item.issued()).isEqualTo(new PartialDate(2026, 11, 28));
        assertThat(item.accessed()).isEqualTo(accessed);
        assertThat(item.url()).isEqualTo("https://wiki.example.org/wiki/Assimi_Go%C3%AFta?rev=412");
        assertThat(item.version()).isEqualTo("412");
        assertThat(item.language()).isEqualTo("fr");
    }

    @Test
    void a_page_with_one_author_names_that_author_and_several_authors_are_the_contributors() {
        assertThat(page("A", List.of(new CiteItems.Contributor("alice", false), new CiteItems.Contributor("alice", false))).author())
                .isEqualTo("alice");
        assertThat(page("A", List.of(new CiteItems.Contributor("alice", false), new CiteItems.Contributor("bob", false))).author())
                .isEqualTo("Sourcewiki contributors");
        assertThat(page("A", List.of(new CiteItems.Contributor("seed", true))).author()).isEqualTo("Sourcewiki contributors");
    }

    @Test
    void keys_are_ascii_stable_and_accepted_by_pandoc_and_bibtex() {
        assertThat(CitationKeys.page("Accord_sur_l’utilisation_pacifique", 7)).isEqualTo("Accord_sur_l_utilisation_pacifique-rev7");
        assertThat(CitationKeys.page("Владимир_Путин", 9)).isEqualTo("page-rev9");
        assertThat(CitationKeys.page("Assimi_Goïta", 412)).isEqualTo(CitationKeys.page("Assimi_Goïta", 412));
        assertThat(CitationKeys.source("2025-06-russie-soutient")).isEqualTo("2025-06-russie-soutient");
        assertThat(CitationKeys.page("x".repeat(300), 1)).hasSizeLessThan(70).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void a_source_states_only_what_the_article_states() {
        CiteItem item = items.source(source("[Partenariat AES–Russie]", true, null, null, "2025-06", null));
        assertThat(item.type()).isEqualTo("article-newspaper");
        assertThat(item.title()).isEqualTo("[Partenariat AES–Russie]");
        assertThat(item.author()).isNull();
        assertThat(item.containerTitle()).isNull();
        assertThat(item.url()).isNull();
        assertThat(item.accessed()).isNull();
        assertThat(item.issued()).isEqualTo(new PartialDate(2025, 6, null));
        Map<String, Object> json = CslJson.item(item);
        assertThat(json).containsOnlyKeys("id", "type", "title", "issued", "language");
        assertThat(json.get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2025, 6))));
    }

    @Test
    void csl_json_keeps_accents_and_reserved_characters_as_they_are() {
        CiteItem item = items.source(source(HOSTILE, false, "Éditions & Cie", "Touré Soulémane", "2025", "https://x.org/a_b?c=1&d=%20"));
        Map<String, Object> json = CslJson.item(item);
        assertThat(json.get("title")).isEqualTo(HOSTILE);
        assertThat(json.get("container-title")).isEqualTo("Éditions & Cie");
        assertThat(json.get("author")).isEqualTo(List.of(Map.of("literal", "Touré Soulémane")));
        assertThat(json.get("URL")).isEqualTo("https://x.org/a_b?c=1&d=%20");
        assertThat(json.get("issued")).isEqualTo(Map.of("date-parts", List.of(List.of(2025))));
    }

    @Test
    void a_supplied_title_stored_without_brackets_gets_them() {
        assertThat(items.source(source("Partenariat", true, null, null, null, null)).title()).isEqualTo("[Partenariat]");
        assertThat(items.source(source("Partenariat", false, null, null, null, null)).title()).isEqualTo("Partenariat");
    }

    @Test
    void partial_dates_keep_their_precision_and_refuse_impossible_days() {
        assertThat(PartialDate.parse("2025").orElseThrow().parts()).containsExactly(2025);
        assertThat(PartialDate.parse("2025-04").orElseThrow().iso()).isEqualTo("2025-04");
        assertThat(PartialDate.parse("2025-04-09").orElseThrow().parts()).containsExactly(2025, 4, 9);
        assertThat(PartialDate.parse("2025-02-30")).isEmpty();
        assertThat(PartialDate.parse("avril 2025")).isEmpty();
        assertThat(PartialDate.parse(null)).isEmpty();
    }

    @Test
    void a_passage_keeps_the_source_item_and_adds_its_words_and_address() {
        SourceSummary summary = source("Coopération", false, "Bamada.net", "Moussa Keita", "2025-04-09", "https://bamada.net/x");
        CitedPassage passage = items.passage(summary, new StoredPassage(7, "paragraph", "body", null, 0, 10, "Texte « cité »."));
        assertThat(passage.address()).isEqualTo("https://wiki.example.org/sources/bamada-2025-04#p7");
        CiteItem item = items.passageItem(summary, passage);
        assertThat(item.id()).isEqualTo("bamada-2025-04");
        assertThat(item.url()).isEqualTo("https://bamada.net/x");
        assertThat(item.note()).contains("¶ 7").contains("Texte « cité ».").contains(passage.address());
    }

    @Test
    void latex_escaping_covers_reserved_characters_and_accents() {
        assertThat(BibLatex.escape("50 % & a_b $5 #1 {x}")).isEqualTo("50 \\% \\& a\\_b \\$5 \\#1 \\{x\\}");
        assertThat(BibLatex.escape("Goïta café ç")).isEqualTo("Go{\\\"i}ta caf{\\'e} {\\c{c}}");
        assertThat(BibLatex.escape("a\\b ~ ^")).isEqualTo("a\\textbackslash{}b \\textasciitilde{} \\textasciicircum{}");
        assertThat(BibLatex.escape("Путин – «x»")).isEqualTo("Путин – «x»");
    }

    @Test
    void biblatex_entries_read_back_with_jbibtex_give_the_same_text() throws Exception {
        CiteItem item = page(HOSTILE, List.of(new CiteItems.Contributor("seed", true)));
        String bib = BibLatex.entry(item);
        assertThat(bib).startsWith("@online{").contains("url = {https://wiki.example.org/wiki/").contains("urldate = {2026-11-30}")
                .contains("version = {412}").contains("note = {Revision 412}").contains("langid = {french}")
                .contains("date = {2026-11-28}");
        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(bib));
        BibTeXEntry entry = database.getEntries().get(new Key(item.id()));
        assertThat(entry).isNotNull();
        String title = entry.getField(new Key("title")).toUserString();
        String printed = new LaTeXPrinter().print(new LaTeXParser().parse(title));
        assertThat(printed).isEqualTo(HOSTILE.replace("\\", "\\"));
        assertThat(entry.getField(new Key("url")).toUserString()).isEqualTo(item.url());
    }

    @Test
    void an_unbalanced_brace_in_a_title_still_gives_an_entry_that_parses() throws Exception {
        CiteItem item = page("Un { sans fin", List.of(new CiteItems.Contributor("seed", true)));
        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(BibLatex.entry(item) + BibLatex.entry(
                page("Et } seul", List.of(new CiteItems.Contributor("seed", true))))));
        assertThat(database.getEntries()).hasSize(2);
        String title = database.getEntries().get(new Key(item.id())).getField(new Key("title")).toUserString();
        assertThat(new LaTeXPrinter().print(new LaTeXParser().parse(title))).isEqualTo("Un { sans fin");
    }

    @Test
    void a_source_is_a_newspaper_article_in_biblatex_without_invented_fields() {
        String bib = BibLatex.entry(items.source(source("[Partenariat]", true, null, null, "2025-06", null)));
        assertThat(bib).startsWith("@article{bamada-2025-04,").contains("entrysubtype = {newspaper}").contains("date = {2025-06}")
                .contains("title = {{[Partenariat]}}").doesNotContain("author").doesNotContain("url").doesNotContain("journaltitle");
    }

    @Test
    void ris_starts_with_ty_ends_with_er_and_carries_permalink_revision_and_access_date() {
        String ris = Ris.record(page("Assimi Goïta", List.of(new CiteItems.Contributor("seed", true))));
        Map<String, String> tags = readRis(ris);
        assertThat(ris).startsWith("TY  - ENCYC\r\n").endsWith("ER  - \r\n");
        assertThat(tags).containsEntry("UR", "https://wiki.example.org/wiki/Assimi_Go%C3%AFta?rev=412")
                .containsEntry("Y2", "2026/11/30/").containsEntry("DA", "2026/11/28/").containsEntry("N1", "Revision 412")
                .containsEntry("TI", "Assimi Goïta").containsEntry("T2", "Sourcewiki").containsEntry("AU", "Sourcewiki contributors");
        Map<String, String> source = readRis(Ris.record(items.source(source("[P]\nx", true, null, null, "2025-04", null))));
        assertThat(source).containsEntry("TY", "NEWS").containsEntry("DA", "2025/04//").containsEntry("PY", "2025")
                .doesNotContainKeys("AU", "UR", "Y2", "T2");
    }

    /** A strict RIS reader: every line "XX  - value", TY first, ER last and once. */
    static Map<String, String> readRis(String ris) {
        assertThat(ris).doesNotContain("\n\n");
        String[] lines = ris.split("\r\n");
        assertThat(lines[0]).startsWith("TY  - ");
        assertThat(lines[lines.length - 1]).isEqualTo("ER  - ");
        Map<String, String> tags = new LinkedHashMap<>();
        for (String line : lines) {
            assertThat(line).matches("[A-Z][A-Z0-9]  - .*");
            tags.putIfAbsent(line.substring(0, 2), line.substring(6));
        }
        return tags;
    }
}
