package org.sourcewiki.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SourceSlugsTest {
    @Test
    void slugs_are_short_ascii_lower_case_from_publisher_date_and_title() {
        assertThat(SourceSlugs.base("Bamada.net", "2025-04-09",
                "Coopération stratégique : La Confédération des États du Sahel renforce ses liens"))
                .isEqualTo("bamada-2025-04-09-cooperation-strategique");
        assertThat(SourceSlugs.base(null, null, "[Partenariat AES–Russie : réunion des ministres]"))
                .isEqualTo("partenariat-aes-russie-reunion");
        assertThat(SourceSlugs.base(null, null, "…")).isEqualTo("source");
    }

    @Test
    void the_publisher_gives_its_first_word_that_is_not_an_article() {
        assertThat(SourceSlugs.base("Le Courrier du Sahel", "2025-06-22", "Niger : l’uranium au cœur d’un accord"))
                .isEqualTo("courrier-2025-06-22-niger-uranium");
        assertThat(SourceSlugs.base("The Sahel Wire", "2025", "Mali and Russia sign a pact"))
                .isEqualTo("sahel-2025-mali-russia");
    }

    @Test
    void a_taken_slug_gets_a_number() {
        assertThat(SourceSlugs.unique("a-b", Set.of("a-b", "a-b-2"))).isEqualTo("a-b-3");
        assertThat(SourceSlugs.unique("a-b", Set.of())).isEqualTo("a-b");
    }

    /** An acceptance walk (session 16): "Kenya's" made the slug "newsportal-2025-kenya-s". */
    @Test
    void a_possessive_stays_with_its_word_and_a_lone_letter_names_nothing() {
        assertThat(SourceSlugs.base("NewsPortal Africa", "2025-08-06", "Kenya's central bank cuts key rate"))
                .isEqualTo("newsportal-2025-08-06-kenya-central");
        assertThat(SourceSlugs.base(null, null, "Don't count on the rains, farmers say"))
                .isEqualTo("don-count-rains-farmers");
    }

    /** A hostile tester (session 16): titles in Cyrillic, Arabic or Japanese all gave "source", "source-2" … */
    @Test
    void a_title_in_another_script_gives_a_slug_in_latin_letters() {
        assertThat(SourceSlugs.base(null, "2025-06-22", "Россия и Мали подписали соглашение"))
                .isEqualTo("2025-06-22-rossia-mali");
        assertThat(SourceSlugs.base(null, null, "مالي وروسيا توقعان اتفاقا")).matches("[a-z0-9-]+").isNotEqualTo("source");
        assertThat(SourceSlugs.base(null, null, "ロシアとマリが協定に署名")).matches("[a-z0-9-]+").isNotEqualTo("source");
    }
}
