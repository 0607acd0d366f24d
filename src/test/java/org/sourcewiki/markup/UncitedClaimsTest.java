package org.sourcewiki.markup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UncitedClaimsTest {
    @Test
    void a_paragraph_of_prose_without_a_citation_is_an_uncited_claim() {
        assertThat(WikiMarkup.parse("Assimi Goïta a reçu Vladimir Poutine au Kremlin en juin 2025.").uncitedClaims())
                .containsExactly("Assimi Goïta a reçu Vladimir Poutine au Kremlin en juin 2025.");
    }

    @Test
    void a_paragraph_with_a_citation_anywhere_in_it_is_not_flagged() {
        assertThat(WikiMarkup.parse("Assimi Goïta a reçu Vladimir Poutine au Kremlin [@a-source#p3] en juin 2025.")
                .uncitedClaims()).isEmpty();
        assertThat(WikiMarkup.parse("Une phrase assez longue pour affirmer quelque chose [@a-source#p3 \"mots\"].\n\n"
                + "Une autre phrase assez longue qui ne cite rien du tout.").uncitedClaims())
                .containsExactly("Une autre phrase assez longue qui ne cite rien du tout.");
    }

    @Test
    void headings_lists_quotations_code_and_short_lines_are_not_claims() {
        String body = """
                ## Une section dont le titre est assez long pour compter six mots

                - un élément de liste qui affirme quelque chose sans rien citer
                - [[Mali]]

                > Une citation en retrait qui ne cite pas de source non plus.

                    du code indenté qui ne compte pas comme une affirmation

                Voir aussi.
                """;
        assertThat(WikiMarkup.parse(body).uncitedClaims()).isEmpty();
    }

    @Test
    void the_words_of_links_do_not_make_a_claim() {
        assertThat(WikiMarkup.parse("Voir [[Assimi Goïta|le président de la Transition du Mali]], [[Mali]] et "
                + "[[Confédération des États du Sahel]].").uncitedClaims()).isEmpty();
        assertThat(WikiMarkup.parse("Le président de la Transition du [[Mali]] depuis 2021.").uncitedClaims()).hasSize(1);
    }

    @Test
    void words_are_runs_of_letters_and_digits() {
        assertThat(UncitedClaims.count("l’accord du 5 juillet, « signé » — Goïta")).isEqualTo(7);
        assertThat(UncitedClaims.count("Goi\u0308ta")).isEqualTo(1);
        assertThat(UncitedClaims.count(" … ")).isZero();
    }
}
