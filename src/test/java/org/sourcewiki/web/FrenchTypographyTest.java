package org.sourcewiki.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrenchTypographyTest {
    private static final String N = "\u202F";

    @Test
    void guillemets_and_high_punctuation_get_a_narrow_no_break_space_and_numbers_never_break() {
        assertThat(FrenchTypography.spaced("Il a dit « oui » : vraiment ? Oui ; 5 000 hommes, 1 200 000 euros !"))
                .isEqualTo("Il a dit «" + N + "oui" + N + "»" + N + ": vraiment" + N + "? Oui" + N + "; 5"
                        + N + "000 hommes, 1" + N + "200" + N + "000 euros" + N + "!");
        assertThat(FrenchTypography.spaced("«oui»")).isEqualTo("«" + N + "oui" + N + "»");
    }

    @Test
    void nothing_is_added_where_no_space_was_written_nor_to_times_addresses_or_years() {
        assertThat(FrenchTypography.spaced("à 10:30, voir https://example.org/?q=a et l’an 2025 puis 12 2025"))
                .isEqualTo("à 10:30, voir https://example.org/?q=a et l’an 2025 puis 12 2025");
    }

    @Test
    void attributes_code_quotes_passages_and_other_languages_are_left_as_they_are() {
        String html = "<p title=\"a : b\">Texte : <code>a : b</code> <q lang=\"fr\">« cité »</q>"
                + " <span lang=\"en\">Note : no</span> <span class=\"passage-text\">source : mot</span>"
                + " l&#39;AES : fin</p><br><p>Encore : oui</p>";
        assertThat(FrenchTypography.apply(html)).isEqualTo("<p title=\"a : b\">Texte" + N + ": <code>a : b</code> "
                + "<q lang=\"fr\">« cité »</q> <span lang=\"en\">Note : no</span> <span class=\"passage-text\">source : mot</span>"
                + " l&#39;AES" + N + ": fin</p><br><p>Encore" + N + ": oui</p>");
    }
}
