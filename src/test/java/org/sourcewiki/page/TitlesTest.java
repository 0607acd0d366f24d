package org.sourcewiki.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlesTest {
    @Test
    void slugs_keep_case_accents_and_scripts_and_turn_spaces_into_underscores() {
        assertThat(Titles.slug("  Assimi   Goïta ")).isEqualTo("Assimi_Goïta");
        assertThat(Titles.slug("اتحاد دول الساحل")).isEqualTo("اتحاد_دول_الساحل");
        assertThat(Titles.fromSlug("Assimi_Goïta")).isEqualTo("Assimi Goïta");
        assertThat(Titles.normalise("snake_case")).isEqualTo("snake case");
    }

    @Test
    void decomposed_accents_give_the_same_page() {
        assertThat(Titles.slug("Goi\u0308ta")).isEqualTo(Titles.slug("Goïta"));
    }

    @Test
    void paths_percent_encode_utf8_but_keep_apostrophes_and_parentheses() {
        assertThat(Titles.path("Assimi Goïta")).isEqualTo("/wiki/Assimi_Go%C3%AFta");
        assertThat(Titles.path("L'AES (2023)")).isEqualTo("/wiki/L'AES_(2023)");
        assertThat(Titles.path("🇲🇱")).isEqualTo("/wiki/%F0%9F%87%B2%F0%9F%87%B1");
    }

    @Test
    void titles_breaking_the_rules_are_named() {
        assertThat(Titles.problem("")).hasValue("title.empty");
        assertThat(Titles.problem("a/b")).hasValue("title.forbidden");
        assertThat(Titles.problem("50%")).hasValue("title.forbidden");
        assertThat(Titles.problem("a;b")).hasValue("title.forbidden");
        assertThat(Titles.problem("..")).hasValue("title.dots");
        assertThat(Titles.problem("é".repeat(256))).hasValue("title.tooLong");
        assertThat(Titles.problem("é".repeat(255))).isEmpty();
        assertThat(Titles.problem("a\u0000b")).hasValue("title.control");
        assertThat(Titles.problem("👩\u200D🔬 chercheuse")).isEmpty();
    }
}
