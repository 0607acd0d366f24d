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
}
