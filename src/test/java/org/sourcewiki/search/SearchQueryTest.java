package org.sourcewiki.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchQueryTest {
    private static String phrase(String typed) {
        return SearchQuery.of(typed).websearch(false);
    }

    private static String joined(String typed) {
        return SearchQuery.of(typed).websearch(true);
    }

    @Test
    void a_hyphenated_word_with_any_dash_is_the_phrase_of_its_parts_or_the_parts_joined() {
        List<String> dashes = new java.util.ArrayList<>(List.of("\u2212", "\u2043"));
        for (int c = 0; c <= 0x10FFFF; c++) {
            if (Character.getType(c) == Character.DASH_PUNCTUATION) {
                dashes.add(Character.toString(c));
            }
        }
        assertThat(dashes).contains("-", "\u2010", "\u2013", "\u2014", "\uFF0D");
        for (String dash : dashes) {
            assertThat(phrase("AES" + dash + "Russie")).isEqualTo("\"AES Russie\"");
            assertThat(joined("AES" + dash + "Russie")).isEqualTo("AESRussie");
        }
        assertThat(phrase("coopération AES-Russie -Mali")).isEqualTo("coopération \"AES Russie\" -Mali");
        assertThat(phrase("\"la Burkina-Faso voisine\"")).isEqualTo("\"la Burkina Faso voisine\"");
        assertThat(SearchQuery.of("le Burkina Faso").hasJoinedForm()).isTrue();
        assertThat(joined("le Burkina Faso")).isEqualTo("le BurkinaFaso");
        assertThat(SearchQuery.of("le mali").hasJoinedForm()).isFalse();
        assertThat(SearchQuery.of("Burkina–Faso").hasJoinedForm()).isTrue();
    }

    @Test
    void french_and_typographic_quotation_marks_delimit_a_phrase() {
        assertThat(phrase("« coopération militaire »")).isEqualTo("\" coopération militaire \"");
        assertThat(phrase("“coopération militaire”")).isEqualTo("\"coopération militaire\"");
        assertThat(phrase("„coopération militaire“ ‹Mali›")).isEqualTo("\"coopération militaire\" \"Mali\"");
        assertThat(phrase("l’AES")).isEqualTo("l'AES");
    }

    @Test
    void numbers_with_spaced_thousands_are_the_number() {
        assertThat(phrase("5 000 soldats")).isEqualTo("5000 soldats");
        assertThat(phrase("5\u202F000")).isEqualTo("5000");
        assertThat(phrase("12\u00A0500\u2009000 francs")).isEqualTo("12500000 francs");
        assertThat(phrase("2025 000")).isEqualTo("2025 000");
        assertThat(phrase("p 12 3")).isEqualTo("p 12 3");
    }

    @Test
    void tag_like_text_searches_its_words_and_control_characters_are_dropped() {
        assertThat(phrase("<script>")).isEqualTo(" script ");
        assertThat(SearchQuery.of("a\u0000b").text()).isEqualTo("a b");
    }

    @Test
    void names_with_dashes_and_spaces_are_one_name() {
        assertThat(SearchService.nameKey("Burkina-Faso")).isEqualTo(SearchService.nameKey("burkina faso"))
                .isEqualTo(SearchService.nameKey("Burkina–Faso")).isEqualTo(SearchService.nameKey("BurkinaFaso"));
    }
}
