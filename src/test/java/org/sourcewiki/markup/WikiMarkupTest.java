package org.sourcewiki.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class WikiMarkupTest {
    private static String html(String body, String... existing) {
        return WikiMarkup.parse(body).html(Set.of(existing), java.util.Map.of());
    }

    @Test
    void wiki_links_point_at_pages_and_missing_ones_offer_creation() {
        String out = html("Le président [[Assimi Goïta]] et [[Abdoulaye Diop|le ministre]].", "Assimi_Goïta");
        assertThat(out).contains("<a href=\"/wiki/Assimi_Go%C3%AFta\" title=\"Assimi Goïta\" class=\"wikilink\">")
                .contains(">Assimi Goïta</a>")
                .contains("href=\"/wiki/Abdoulaye_Diop/edit\"").contains("class=\"wikilink new\"").contains(">le ministre</a>");
    }

    @Test
    void link_targets_are_collected_as_slugs() {
        assertThat(WikiMarkup.parse("[[A b]] [[A_b|x]] [[C]] `[[not code]]`").linkedSlugs()).containsExactlyInAnyOrder("A_b", "C");
    }

    @Test
    void ordinary_markdown_links_and_brackets_still_work() {
        String out = html("[RFI](https://www.rfi.fr/) and [a] single bracket and [[bad/title]].");
        assertThat(out).contains("<a href=\"https://www.rfi.fr/\"").contains("[a] single bracket").contains("[[bad/title]]");
    }

    @Test
    void raw_html_and_script_urls_never_become_markup() {
        String out = html("<script>alert(1)</script>\n\n<b onclick=x>bold</b> [x](javascript:alert(1)) [y](data:text/html,hi) [[<script>]]");
        assertThat(out).doesNotContain("<script").doesNotContain("<b ").doesNotContain("javascript:").doesNotContain("data:text");
        assertThat(out).contains("&lt;script&gt;");
    }

    @Test
    void headings_lists_tables_and_emphasis_render() {
        String out = html("## Rôle\n\n* un\n* deux\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n*em* **fort** ~~barré~~");
        assertThat(out).contains("<h2 id=\"Rôle\">Rôle</h2>").contains("<li>un</li>").contains("<table>").contains("<em>em</em>")
                .contains("<strong>fort</strong>").contains("<del>barré</del>");
    }

    /** The sanitiser writes "@" and quotation marks as character references; assertions read them as text. */
    static String decoded(String html) {
        return html.replace("&#64;", "@").replace("&#34;", "\"").replace("&quot;", "\"");
    }

    private static java.util.List<String> raws(String body) {
        return WikiMarkup.parse(body).citations().stream().map(CitationUse::raw).toList();
    }

    private static java.util.List<org.sourcewiki.citation.CitationRef> refs(String body) {
        return WikiMarkup.parse(body).citations().stream().map(CitationUse::ref).toList();
    }

    @Test
    void a_quote_with_square_brackets_is_one_citation_alone_or_among_several() {
        assertThat(refs("a [@SLUG#p1 \"la force [conjointe] serait\"]."))
                .containsExactly(new org.sourcewiki.citation.CitationRef("SLUG", 1, "la force [conjointe] serait"));
        assertThat(refs("a [@a#p2; @SLUG#p1 « la force [conjointe] serait » ; @b#p3 \"[sic] x\"] fin"))
                .containsExactly(new org.sourcewiki.citation.CitationRef("a", 2, null),
                        new org.sourcewiki.citation.CitationRef("SLUG", 1, "la force [conjointe] serait"),
                        new org.sourcewiki.citation.CitationRef("b", 3, "[sic] x"));
        String out = WikiMarkup.parse("a [@SLUG#p1 \"la force [conjointe] serait\"].")
                .html(Set.of(), java.util.Map.of("@SLUG#p1 \"la force [conjointe] serait\"", 1));
        assertThat(out).isEqualTo("<p>a<sup class=\"citation\">\u2060<a href=\"#cite-note-1\" id=\"cite-ref-1-1\" class=\"citation-marker\">[1]</a></sup>.</p>\n");
    }

    @Test
    void note_markers_have_ids_per_occurrence_and_never_stand_after_a_space() {
        String out = WikiMarkup.parse("Le sommet [@a#p1] a eu lieu.  [@a#p1; @b#p2]\n\nEncore [@b#p2] [@a#p1].")
                .html(Set.of(), java.util.Map.of("@a#p1", 1, "@b#p2", 2));
        assertThat(out).contains("sommet<sup class=\"citation\">\u2060<a href=\"#cite-note-1\" id=\"cite-ref-1-1\"")
                .contains("lieu.<sup class=\"citation\">\u2060<a href=\"#cite-note-1\" id=\"cite-ref-1-2\"")
                .contains("id=\"cite-ref-2-1\"").contains("id=\"cite-ref-2-2\"").contains("id=\"cite-ref-1-3\"")
                .doesNotContain(" <sup");
        assertThat(WikiMarkup.markerCounts(out)).containsEntry(1, 3).containsEntry(2, 2);
    }

    @Test
    void a_quote_may_hold_quotation_marks_semicolons_and_markdown_and_an_unclosed_one_is_named() {
        assertThat(refs("[@a#p1 \"il a dit \"non\" ; *pas* `ça` | x\"]"))
                .containsExactly(new org.sourcewiki.citation.CitationRef("a", 1, "il a dit \"non\" ; *pas* `ça` | x"));
        RenderedMarkup unclosed = WikiMarkup.parse("Texte [@a#p1 \"jamais fermé] et [@b#p2].");
        assertThat(unclosed.citations()).extracting(CitationUse::raw, CitationUse::syntaxError)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("[@a#p1 \"jamais fermé]", "the quote after @a#p1 is not closed"),
                        org.assertj.core.groups.Tuple.tuple("[@b#p2]", null));
    }

    @Test
    void a_citation_at_the_start_of_a_line_before_a_colon_is_a_citation_not_a_link_definition() {
        RenderedMarkup markup = WikiMarkup.parse("[@2025-06-russie-soutient#p4]: https://example.org");
        assertThat(markup.citations()).extracting(CitationUse::ref)
                .containsExactly(new org.sourcewiki.citation.CitationRef("2025-06-russie-soutient", 4, null));
        assertThat(decoded(markup.html(Set.of(), java.util.Map.of("@2025-06-russie-soutient#p4", 1))))
                .contains("href=\"#cite-note-1\"").contains(": https://example.org").doesNotContain("[@");
    }

    @Test
    void a_citation_in_a_link_label_or_a_wiki_link_label_keeps_the_link_and_follows_it() {
        String out = decoded(WikiMarkup.parse("[texte [@x#p2] suite](https://example.org) et [[Assimi Goïta|le président [@x#p3]]].")
                .html(Set.of("Assimi_Goïta"), java.util.Map.of("@x#p2", 1, "@x#p3", 2)));
        assertThat(out).contains("<a href=\"https://example.org\">texte suite</a><sup class=\"citation\">\u2060<a href=\"#cite-note-1\"")
                .contains(">le président</a><sup class=\"citation\">\u2060<a href=\"#cite-note-2\"")
                .doesNotContain("[@");
    }

    @Test
    void a_citation_in_a_link_address_or_title_cannot_be_shown_and_is_an_error() {
        assertThat(WikiMarkup.parse("[lien](https://example.org \"[@x#p2]\")").citations())
                .extracting(CitationUse::raw, CitationUse::syntaxError)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("[@x#p2]", WikiMarkup.IN_LINK));
    }

    @Test
    void citations_written_in_code_stay_code_and_escaped_brackets_stay_text() {
        RenderedMarkup markup = WikiMarkup.parse("Écrire `[@a#p1]` ou\n\n```\n[@b#p2 \"x\"]\n```\n\net \\[@c#p3] littéral.");
        assertThat(markup.citations()).isEmpty();
        assertThat(decoded(markup.html(Set.of(), java.util.Map.of()))).contains("<code>[@a#p1]</code>")
                .contains("[@b#p2 \"x\"]").contains("et [@c#p3] littéral");
    }

    @Test
    void headings_get_stable_unique_ids_from_their_text_and_section_links_point_at_them() {
        RenderedMarkup markup = WikiMarkup.parse("## Rôle et mission\n\n## Rôle et mission\n\n### Accord [@a#p1] *signé*\n\n"
                + "Voir [[#Rôle et mission]], [[Assimi Goïta#Carrière militaire|sa carrière]] et [[Autre page#Début]].");
        assertThat(markup.headingIds()).containsExactly("Rôle_et_mission", "Rôle_et_mission_2", "Accord_signé");
        assertThat(markup.linkProblems()).isEmpty();
        String out = markup.html(Set.of("Assimi_Goïta"), java.util.Map.of());
        assertThat(out).contains("<h2 id=\"Rôle_et_mission\">").contains("<h2 id=\"Rôle_et_mission_2\">")
                .contains("<a href=\"#R%C3%B4le_et_mission\" class=\"wikilink section\">#Rôle et mission</a>")
                .contains("<a href=\"/wiki/Assimi_Go%C3%AFta#Carri%C3%A8re_militaire\" title=\"Assimi Goïta\" class=\"wikilink\">sa carrière</a>")
                .contains("href=\"/wiki/Autre_page/edit\"").contains(">Autre page#Début</a>");
        assertThat(markup.linkedSlugs()).containsExactlyInAnyOrder("Assimi_Goïta", "Autre_page");
    }

    @Test
    void links_that_cannot_be_made_are_reported() {
        RenderedMarkup markup = WikiMarkup.parse("## Début\n\n[[#Fin]] [[bad/title]] [[#Début]] [[ # ]]");
        assertThat(markup.linkProblems()).extracting(p -> p.written() + " " + p.messageKey())
                .containsExactlyInAnyOrder("[[bad/title]] link.invalidTitle", "[[ # ]] link.empty", "[[#Fin]] link.noSection");
    }

    @Test
    void links_through_a_redirect_point_at_the_page_it_leads_to() {
        String out = WikiMarkup.parse("[[Target X]]").html(java.util.Map.of("Target_X", "Target_X_Renamed"), java.util.Map.of());
        assertThat(out).contains("<a href=\"/wiki/Target_X_Renamed\" title=\"Target X Renamed\" class=\"wikilink\">Target X</a>");
    }

    @Test
    void plain_text_is_what_a_reader_sees_without_markdown_or_citation_gaps() {
        String plain = WikiMarkup.parse("## Rôle\n\nLe **président** du Mali [@a#p1]. Voir [lien](https://e.org) et "
                + "[[Assimi Goïta|Goïta]], `code coupé` et <script> [@a#p2; @b#p3] ici.\n\n- un\n- deux").plainText();
        assertThat(plain).isEqualTo("Rôle\nLe président du Mali. Voir lien et Goïta, code coupé et <script> ici.\nun\ndeux");
    }
}
