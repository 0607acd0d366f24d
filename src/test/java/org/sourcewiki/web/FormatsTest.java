package org.sourcewiki.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {
    @Test
    void names_read_as_a_sentence_of_the_interface_language_and_a_name_with_a_comma_stays_one_name() {
        Formats english = new Formats(Locale.ENGLISH);
        Formats french = new Formats(Locale.FRENCH);
        assertThat(english.names(List.of())).isEmpty();
        assertThat(english.names(List.of("Moussa Keita"))).isEqualTo("Moussa Keita");
        assertThat(english.names(List.of("Alassane Souleymane", "O.D."))).isEqualTo("Alassane Souleymane and O.D.");
        assertThat(french.names(List.of("Alassane Souleymane", "O.D."))).isEqualTo("Alassane Souleymane et O.D.");
        assertThat(english.names(List.of("A. Diallo", "B. Traoré", "C. Ouédraogo"))).isEqualTo("A. Diallo, B. Traoré and C. Ouédraogo");
        assertThat(english.names(List.of("Doe, Jane", "Awa Traoré", "Jean Dupont"))).isEqualTo("Doe, Jane; Awa Traoré and Jean Dupont");
    }
}
