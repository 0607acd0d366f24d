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
                .isEqualTo("Fait [@bamada-2025, para. 3: “Assimi Goïta”]. Deux [@a, para. 1; @b, para. 2: “mots”].\n");
    }

    @Test
    void a_quote_with_markdown_characters_is_escaped() {
        assertThat(export.body("[@a#p1 \"5 * 3 [sic] @x_y\"]")).isEqualTo("[@a, para. 1: “5 \\* 3 \\[sic\\] \\@x\\_y”]\n");
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
                .endsWith("---\n\nTexte [@bamada-2025, para. 3].\n");
    }
}
