package org.sourcewiki.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewiki.citation.CitationRef;

class ClaimLineTest {
    @Test
    void a_line_that_is_only_a_value_reads_as_one_unsourced_normal_value() throws Exception {
        Claim claim = ClaimLine.parse("  Président de la Transition  ");
        assertThat(claim.value()).isEqualTo("Président de la Transition");
        assertThat(claim.sourced()).isFalse();
        assertThat(claim.dated()).isFalse();
        assertThat(claim.rank()).isEqualTo(Claim.Rank.NORMAL);
        assertThat(ClaimLine.write(claim)).isEqualTo("Président de la Transition");
    }

    @Test
    void citations_a_qualifier_and_a_rank_follow_the_value_in_any_order() throws Exception {
        Claim claim = ClaimLine.parse("signé {preferred: le texte le dit} [@partenariat#p15 \"un communiqué conjoint a été signé\"]"
                + " {since 2025-04} [@bamada#p22; @bamada#p4 \"du 1er au 5 avril\"]");
        assertThat(claim.value()).isEqualTo("signé");
        assertThat(claim.refs()).containsExactly(new CitationRef("partenariat", 15, "un communiqué conjoint a été signé"),
                new CitationRef("bamada", 22, null), new CitationRef("bamada", 4, "du 1er au 5 avril"));
        assertThat(claim.citations()).hasSize(2);
        assertThat(claim.start().text()).isEqualTo("2025-04");
        assertThat(claim.point()).isNull();
        assertThat(claim.rank()).isEqualTo(Claim.Rank.PREFERRED);
        assertThat(claim.reason()).isEqualTo("le texte le dit");
        assertThat(claim.sourceSlugs()).containsExactly("partenariat", "bamada");
    }

    @Test
    void the_canonical_line_reads_back_as_the_same_claim() throws Exception {
        for (String line : List.of("adopté [@b#p22 \"adopté à la fin des travaux\"] {2025-04-05} {deprecated: date déduite}",
                "Mali [@a#p1] {2021/2024}", "x {until 2024-02-29} {normal: vérifié}", "a \\{brace\\} and \\[@not a citation]",
                "2025-04-01/2025-04-05 [@b#p4 \"tenues du 1er au 5 avril 2025 à Moscou\"]")) {
            Claim claim = ClaimLine.parse(line);
            assertThat(ClaimLine.parse(ClaimLine.write(claim))).as(line).isEqualTo(claim);
        }
        assertThat(ClaimLine.parse("a \\{brace\\}").value()).isEqualTo("a {brace}");
    }

    @Test
    void french_words_are_read_and_written_back_in_english() throws Exception {
        Claim claim = ClaimLine.parse("Ministre [@a#p1] {depuis 2021-05} {jusqu’à 2024} {déprécié: ancien titre}");
        assertThat(claim.start().text()).isEqualTo("2021-05");
        assertThat(claim.end().text()).isEqualTo("2024");
        assertThat(claim.rank()).isEqualTo(Claim.Rank.DEPRECATED);
        assertThat(ClaimLine.write(claim)).isEqualTo("Ministre [@a#p1] {2021-05/2024} {deprecated: ancien titre}");
        assertThat(ClaimLine.parse("x {le 2025-04-02} {préféré}").point().text()).isEqualTo("2025-04-02");
    }

    @Test
    void every_mistake_is_named() {
        assertThatThrownBy(() -> ClaimLine.parse("x {deprecated}")).hasMessageContaining("needs a reason");
        assertThatThrownBy(() -> ClaimLine.parse("x {preferred} {normal}")).hasMessageContaining("two ranks");
        assertThatThrownBy(() -> ClaimLine.parse("x {2025-13}")).hasMessageContaining("is not a date");
        assertThatThrownBy(() -> ClaimLine.parse("x {soon}")).hasMessageContaining("neither a date nor a rank");
        assertThatThrownBy(() -> ClaimLine.parse("x {since avril}")).hasMessageContaining("not a date");
        assertThatThrownBy(() -> ClaimLine.parse("x {2025-04-05/2025-04-01}")).hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> ClaimLine.parse("x {2025} {since 2024}")).hasMessageContaining("not both");
        assertThatThrownBy(() -> ClaimLine.parse("x {2025")).hasMessageContaining("not closed");
        assertThatThrownBy(() -> ClaimLine.parse("x [@a#p1] and more")).hasMessageContaining("unexpected “and more”");
        assertThatThrownBy(() -> ClaimLine.parse("x [@a#p1 \"open quote]")).hasMessageContaining("is not closed");
        assertThatThrownBy(() -> ClaimLine.parse("x [@a#px]")).hasMessageContaining("passage number");
        assertThatThrownBy(() -> ClaimLine.parse("[@a#p1]")).hasMessageContaining("no value");
    }

    @Test
    void a_stored_line_that_does_not_parse_is_still_shown_as_one_plain_value() {
        Claim claim = ClaimLine.lenient("rôle {intérim}");
        assertThat(claim.value()).isEqualTo("rôle {intérim}");
        assertThat(claim.sourced()).isFalse();
    }

    @Test
    void dates_cover_every_day_they_may_mean() throws Exception {
        ClaimDate month = ClaimDate.parse("2024-02");
        assertThat(month.first()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(month.last()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(month.exactDay()).isFalse();
        ClaimDate year = ClaimDate.parse("2025");
        assertThat(year.last()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(ClaimDate.parse("2025-04-02").exactDay()).isTrue();
        ClaimDate interval = ClaimDate.parse("2025-04-01/2025-04");
        assertThat(interval.first()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(interval.last()).isEqualTo(LocalDate.of(2025, 4, 30));
        assertThat(interval.overlaps(LocalDate.of(2025, 4, 30), null)).isTrue();
        assertThat(interval.overlaps(null, LocalDate.of(2025, 3, 31))).isFalse();
        assertThat(ClaimDate.isDate("2025-02-30")).isFalse();
        assertThat(ClaimDate.isDate("avril 2025")).isFalse();
    }

    @Test
    void values_of_a_field_disagree_only_when_different_sources_back_different_values() throws Exception {
        Claim adopted = ClaimLine.parse("adopté [@bamada#p22]");
        Claim signed = ClaimLine.parse("signé [@partenariat#p15]");
        Claim signedSameSource = ClaimLine.parse("signé [@bamada#p4]");
        Claim unsourced = ClaimLine.parse("conclu");
        assertThat(Claims.contested(List.of(adopted, signed))).isTrue();
        assertThat(Claims.contested(List.of(adopted, signedSameSource))).isFalse();
        assertThat(Claims.contested(List.of(adopted, unsourced))).isFalse();
        assertThat(Claims.contested(List.of(adopted))).isFalse();
        assertThat(Claims.ranked(List.of(ClaimLine.parse("a {deprecated: x}"), ClaimLine.parse("b"), ClaimLine.parse("c {preferred}"))))
                .extracting(Claim::value).containsExactly("c", "b", "a");
    }

    @Test
    void two_editors_adding_and_changing_different_values_are_merged_value_by_value() {
        List<String> base = List.of("adopté [@b#p22]", "signé");
        List<String> theirs = List.of("adopté [@b#p22]", "signé [@p#p15]");
        List<String> mine = List.of("adopté [@b#p22] {preferred}", "signé", "publié [@m#p18]");
        assertThat(ClaimMerge.merge(base, theirs, mine))
                .containsExactly("adopté [@b#p22] {preferred}", "signé [@p#p15]", "publié [@m#p18]");
        assertThat(ClaimMerge.merge(base, List.of("adopté [@b#p22]"), base)).containsExactly("adopté [@b#p22]");
        assertThat(ClaimMerge.merge(base, List.of("adopté [@x#p1]", "signé"), List.of("adopté [@y#p2]", "signé"))).isNull();
        // One value replaced on both sides by different ones is a conflict, not two values.
        assertThat(ClaimMerge.merge(List.of("ministre"), List.of("chef"), List.of("président"))).isNull();
        assertThat(ClaimMerge.merge(List.of("ministre"), List.of("ministre", "chef"), List.of("ministre", "président")))
                .containsExactly("ministre", "chef", "président");
    }

    @Test
    void a_diff_names_values_added_removed_and_the_citations_a_value_gained_or_lost() {
        List<ClaimDiff.ValueChange> changes = ClaimDiff.diff(List.of("adopté [@b#p22]", "conclu"),
                List.of("adopté [@p#p15 \"signé\"]", "signé"));
        assertThat(changes).extracting(ClaimDiff.ValueChange::value, ClaimDiff.ValueChange::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("adopté", "changed"),
                        org.assertj.core.groups.Tuple.tuple("signé", "added"), org.assertj.core.groups.Tuple.tuple("conclu", "removed"));
        assertThat(changes.get(0).citationsAdded()).containsExactly("@p#p15 \"signé\"");
        assertThat(changes.get(0).citationsRemoved()).containsExactly("@b#p22");
    }
}
