package org.sourcewiki.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Markdown a revision exports as: citations, links and what Pandoc would otherwise read differently. */
class PandocExportTest {
    private final PandocExport export = new PandocExport("https://wiki.example.org");

    @Test
    void citations_become_pandoc_citations_with_a_paragraph_locator_and_the_quote() {
        assertThat(export.body("Fait [@bamada-2025#p3 \"Assimi Goïta\"]. Deux [@a#p1; @b#p2 « mots »]."))
                .isEqualTo("Fait [@bamada-2025, {para. 3}: “Assimi Goïta”]. Deux [@a, {para. 1}; @b, {para. 2}: “mots”].\n");
    }

    @Test
    void a_quote_with_markdown_characters_is_escaped() {
        assertThat(export.body("[@a#p1 \"5 * 3 [sic] @x_y\"]")).isEqualTo("[@a, {para. 1}: “5 \\* 3 \\[sic\\] \\@x\\_y”]\n");
    }

    @Test
    void wiki_links_become_absolute_links() {
        assertThat(export.body("Voir [[Assimi Goïta]] et [[Mali|le Mali]]."))
                .isEqualTo("Voir [Assimi Goïta](https://wiki.example.org/wiki/Assimi_Go%C3%AFta) et [le Mali](https://wiki.example.org/wiki/Mali).\n");
    }

    @Test
    void at_signs_and_raw_html_are_escaped_but_code_and_autolinks_are_kept() {
        assertThat(export.body("Écrire à @moussa ou a@b.org <b>gras</b> <https://x.org/@a> `[@a#p1] <i>`"))
                .isEqualTo("Écrire à \\@moussa ou a@b.org \\<b>gras\\</b> <https://x.org/@a> `[@a#p1] <i>`\n");
        assertThat(export.body("```\n[[Mali]] @x <b>\n```\n[[Mali]]"))
                .isEqualTo("```\n[[Mali]] @x <b>\n```\n[Mali](https://wiki.example.org/wiki/Mali)\n");
    }

    @Test
    void the_front_matter_holds_title_date_permalink_and_the_sources_as_csl_items() {
        CiteItem source = new CiteItem("bamada-2025", "article-newspaper", "[Titre * supplied]", "Bamada.net", null,
                new PartialDate(2025, 4, null), null, null, null, "fr", null);
        String markdown = export.markdown("Assimi Goïta", new PartialDate(2026, 11, 30),
                "https://wiki.example.org/wiki/Assimi_Go%C3%AFta?rev=4", "Sourcewiki contributors", "Texte [@bamada-2025#p3].", List.of(source));
        assertThat(markdown).startsWith("---\ntitle: Assimi Goïta\n")
                .contains("date: '2026-11-30'")
                .contains("url: https://wiki.example.org/wiki/Assimi_Go%C3%AFta?rev=4")
                .contains("references:\n- id: bamada-2025\n  type: article-newspaper\n")
                .contains("title: \\[Titre \\* supplied\\]")
                .contains("- 2025\n      - 4\n")
                .doesNotContain("author:\n  - literal")
                .endsWith("---\n\nTexte [@bamada-2025, {para. 3}].\n");
    }

    @Test
    void raw_html_and_attribute_syntax_the_wiki_shows_as_code_stay_code_in_the_report() {
        String body = "```{=html}\n<script>alert(1)</script>\n```\n\nEt `<script>x</script>`{=html} inline.";
        String exported = export.body(body);
        assertThat(exported).startsWith("```html\n<script>alert(1)</script>\n```\n")
                .contains("`<script>x</script>`\\{=html}").doesNotContain("```{=html}");
        assertThat(PandocExport.safeFence("~~~ {.python}", "~~~")).isEqualTo("~~~python");
        assertThat(PandocExport.safeFence("```java", "```")).isEqualTo("```java");
    }

    @Test
    void math_super_and_subscript_marks_are_text_as_the_wiki_shows_them() {
        assertThat(export.body("100% & $x$ ^[note] H~2~O ~~barré~~"))
                .isEqualTo("100% & \\$x\\$ \\^[note] H\\~2\\~O ~~barré~~\n");
    }

    @Test
    void permalinks_in_references_encode_what_markdown_and_csl_would_read_as_typography() {
        assertThat(CiteItems.citedSegment("Test_&_a_b_$5_~_'x'_*y*_@k")).isEqualTo(
                "Test_%26_a_b_%245_%7E_%27x%27_%2Ay%2A_%40k");
    }

    @Test
    void a_quote_with_digits_keeps_one_paragraph_as_its_locator() {
        assertThat(export.body("[@a#p2 \"5 000 hommes\"]")).isEqualTo("[@a, {para. 2}: “5 000 hommes”]\n");
    }
}
