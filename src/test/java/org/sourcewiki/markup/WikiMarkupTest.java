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
        assertThat(out).contains("<h2>Rôle</h2>").contains("<li>un</li>").contains("<table>").contains("<em>em</em>")
                .contains("<strong>fort</strong>").contains("<del>barré</del>");
    }
}
