package org.sourcewiki.revision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreeWayMergeTest {
    private static final String BASE = "Titre\n\nPremier paragraphe.\n\nDeuxième paragraphe.\n\nTroisième paragraphe.\n";

    @Test
    void edits_to_different_paragraphs_are_both_kept() {
        String mine = BASE.replace("Premier paragraphe.", "Premier paragraphe, corrigé.");
        String theirs = BASE.replace("Troisième paragraphe.", "Troisième paragraphe, complété.");
        assertThat(ThreeWayMerge.merge(BASE, mine, theirs))
                .hasValue("Titre\n\nPremier paragraphe, corrigé.\n\nDeuxième paragraphe.\n\nTroisième paragraphe, complété.\n");
    }

    @Test
    void edits_to_the_same_paragraph_conflict() {
        String mine = BASE.replace("Deuxième paragraphe.", "Deuxième, version A.");
        String theirs = BASE.replace("Deuxième paragraphe.", "Deuxième, version B.");
        assertThat(ThreeWayMerge.merge(BASE, mine, theirs)).isEmpty();
    }

    @Test
    void the_same_change_made_twice_is_no_conflict() {
        String both = BASE.replace("Premier", "Tout premier");
        assertThat(ThreeWayMerge.merge(BASE, both, both)).hasValue(both);
        String mine = both.replace("Troisième", "Dernier");
        assertThat(ThreeWayMerge.merge(BASE, mine, both)).hasValue(mine);
    }

    @Test
    void additions_at_both_ends_merge_and_text_without_final_newline_survives() {
        String base = "a\nb\nc";
        assertThat(ThreeWayMerge.merge(base, "start\na\nb\nc", "a\nb\nc\nend")).hasValue("start\na\nb\nc\nend");
        assertThat(ThreeWayMerge.merge(base, base, "a\nB\nc")).hasValue("a\nB\nc");
    }

    @Test
    void two_insertions_at_the_same_place_conflict() {
        assertThat(ThreeWayMerge.merge("a\nc\n", "a\nb1\nc\n", "a\nb2\nc\n")).isEmpty();
    }
}
