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
    void a_braille_blank_reads_as_a_space_so_it_is_one() {
        assertThat(Titles.slug("Vladimir\u2800Poutine")).isEqualTo(Titles.slug("Vladimir Poutine"));
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

    @Test
    void every_unicode_space_and_invisible_character_folds_so_no_title_can_look_like_another() {
        String plain = Titles.slug("Vladimir Poutine");
        for (char space : "\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000\u2028\u2029\t".toCharArray()) {
            assertThat(Titles.slug("Vladimir" + space + "Poutine")).as("U+%04X", (int) space).isEqualTo(plain);
        }
        for (String invisible : new String[] {"\u200B", "\u200E", "\u200F", "\u202A", "\u202E", "\u2066", "\u2069", "\u00AD",
                "\u2060", "\uFEFF", "\u034F", "\uFE0F", "\u180E", "\u200D", "\u200C", "\uDB40\uDC01"}) {
            assertThat(Titles.slug("\u200EVladimir " + invisible + "Pou" + invisible + "tine" + invisible))
                    .as("U+%04X", invisible.codePointAt(0)).isEqualTo(plain);
        }
        // Every other format character (Unicode category Cf) goes too.
        for (int c = 0; c <= 0x10FFFF; c++) {
            if (Character.getType(c) == Character.FORMAT && Titles.isDefaultIgnorable(c)) {
                assertThat(Titles.slug("a" + Character.toString(c) + "b")).as("U+%04X", c).isEqualTo("ab");
            }
        }
    }

    @Test
    void joiners_stay_where_they_change_how_a_word_is_written() {
        assertThat(Titles.normalise("می\u200Cخواهم")).isEqualTo("می\u200Cخواهم");
        assertThat(Titles.normalise("👩\u200D🔬")).isEqualTo("👩\u200D🔬");
        assertThat(Titles.normalise("Pou\u200Ctine")).isEqualTo("Poutine");
    }
}
