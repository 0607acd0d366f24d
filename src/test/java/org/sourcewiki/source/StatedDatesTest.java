package org.sourcewiki.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatedDatesTest {
    private static String find(String text, String language) {
        return StatedDates.find(text, language).map(StatedDates.Found::date).orElse(null);
    }

    /** Round 118: "04-02-26, 10:12" under a Belgian portal's headline was no date at all. */
    @Test
    void a_date_with_hyphens_is_day_first_and_never_part_of_a_telephone_number() {
        assertThat(find("04-02-26, 10:12", "fr")).isEqualTo("2026-02-04");
        assertThat(find("Publié le 19-03-2026 à 08:40", "fr")).isEqualTo("2026-03-19");
        assertThat(find("Updated 04-02-2026", "en")).isEqualTo("2026-02-04"); // hyphens are never the US order
        assertThat(find("Tél. 06-12-34-56-78", "fr")).isNull();
        assertThat(find("2025-06-22", "fr")).isEqualTo("2025-06-22");
    }

    /**
     * An acceptance walk (session 16): "Published: 06/08/2025" in English is August 6 or June 8; the wire's dateline
     * "NAIROBI, Aug 6 (Reuters)" says which, and the date is no longer the year alone.
     */
    @Test
    void a_stated_day_and_month_settles_an_ambiguous_numeric_date() {
        assertThat(find("Published: 06/08/2025 14:22", "en")).isEqualTo("2025");
        assertThat(StatedDates.settle("Published: 06/08/2025 14:22", "NAIROBI, Aug 6 (Reuters) - Kenya's central bank"))
                .contains("2025-08-06");
        assertThat(StatedDates.settle("Published: 06/08/2025", "WASHINGTON, June 8 (Reuters) -")).contains("2025-06-08");
        assertThat(StatedDates.settle("Published: 06/08/2025", "NAIROBI, Aug 7 (Reuters) -")).isEmpty();
        assertThat(StatedDates.settle("Published: 06/08/2025", "The vote on 3 September 2025 was close.")).isEmpty();
    }

    @Test
    void a_day_month_and_two_digit_year_before_a_time_is_a_date_of_this_century() {
        assertThat(find("Publié le 11 févr. 26 à 17:42", "fr")).isEqualTo("2026-02-11");
        assertThat(find("mis à jour le 2 déc. 25", "fr")).isEqualTo("2025-12-02");
        assertThat(find("Le 11 mars 26 personnes ont été évacuées du quartier.", "fr")).isNull();
    }

    @Test
    void a_year_first_then_the_months_name_and_the_day_is_a_date() {
        assertThat(find("Published: 2026 May 23, Saturday", "en")).isEqualTo("2026-05-23");
        assertThat(find("In 2026 May was the wettest month", "en")).isNull();
    }
}
