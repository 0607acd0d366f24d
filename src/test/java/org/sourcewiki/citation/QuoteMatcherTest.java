package org.sourcewiki.citation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteMatcherTest {
    private static final String PASSAGE = "Selon RFI, « les ministres\u00A0entament ce mercredi une visite » à l’invitation de Sergueï Lavrov.";

    @Test
    void exact_words_are_found_where_they_stand() {
        QuoteMatcher.Range range = QuoteMatcher.find(PASSAGE, "à l’invitation de Sergueï Lavrov").orElseThrow();
        assertThat(PASSAGE.substring(range.start(), range.end())).isEqualTo("à l’invitation de Sergueï Lavrov");
    }

    @Test
    void straight_apostrophes_and_quotes_and_white_space_differences_still_match() {
        QuoteMatcher.Range range = QuoteMatcher.find(PASSAGE, "a l'invitation").map(r -> r).orElse(null);
        assertThat(range).isNull(); // accents are not ignored: à is not a
        QuoteMatcher.Range apostrophe = QuoteMatcher.find(PASSAGE, "à l'invitation").orElseThrow();
        assertThat(PASSAGE.substring(apostrophe.start(), apostrophe.end())).isEqualTo("à l’invitation");
        QuoteMatcher.Range spaces = QuoteMatcher.find(PASSAGE, "les   ministres entament").orElseThrow();
        assertThat(PASSAGE.substring(spaces.start(), spaces.end())).isEqualTo("les ministres\u00A0entament");
        QuoteMatcher.Range quotes = QuoteMatcher.find(PASSAGE, "\"les ministres entament ce mercredi une visite\"").orElseThrow();
        assertThat(PASSAGE.substring(quotes.start(), quotes.end())).isEqualTo("« les ministres\u00A0entament ce mercredi une visite »");
    }

    @Test
    void words_not_in_the_passage_are_not_found() {
        assertThat(QuoteMatcher.find(PASSAGE, "Vladimir Poutine")).isEmpty();
        assertThat(QuoteMatcher.find(PASSAGE, "   ")).isEmpty();
        assertThat(QuoteMatcher.find(PASSAGE, "Lavrov.")).isPresent();
    }

    @Test
    void a_quote_in_decomposed_form_matches_the_same_words_composed() {
        QuoteMatcher.Range range = QuoteMatcher.find(PASSAGE, "Serguei\u0308 Lavrov").orElseThrow();
        assertThat(PASSAGE.substring(range.start(), range.end())).isEqualTo("Sergueï Lavrov");
    }

    @Test
    void words_in_square_brackets_are_the_editors_and_an_ellipsis_in_brackets_leaves_words_out() {
        String passage = "Le projet prévoit la création d’une force unifiée de 5 000 hommes, soutenue par la Russie.";
        QuoteMatcher.Range added = QuoteMatcher.find(passage, "la création d’une force [conjointe] unifiée").orElseThrow();
        assertThat(passage.substring(added.start(), added.end())).isEqualTo("la création d’une force unifiée");
        QuoteMatcher.Range replaced = QuoteMatcher.find(passage, "une force [armée] de 5 000 hommes").orElseThrow();
        assertThat(passage.substring(replaced.start(), replaced.end())).isEqualTo("une force unifiée de 5 000 hommes");
        QuoteMatcher.Range omitted = QuoteMatcher.find(passage, "Le projet […] soutenue par la Russie").orElseThrow();
        assertThat(passage.substring(omitted.start(), omitted.end())).isEqualTo(passage.substring(0, passage.length() - 1));
        assertThat(QuoteMatcher.find(passage, "une force [armée] de 6 000 hommes")).isEmpty();
        assertThat(QuoteMatcher.find("Il a dit [sic] non.", "dit [sic] non")).isPresent();
    }
}
