package org.sourcewiki.revision;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordDiffTest {
    @Test
    void changed_words_are_marked_and_the_rest_kept() {
        assertThat(WordDiff.html("Le président a reçu la délégation.", "Le président malien a reçu une délégation."))
                .isEqualTo("Le président <ins>malien </ins>a reçu <del>la</del><ins>une</ins> délégation.");
    }

    @Test
    void markup_in_either_text_is_escaped() {
        assertThat(WordDiff.html("<b>x</b>", "<script>x</script>"))
                .isEqualTo("&lt;<del>b</del><ins>script</ins>&gt;x&lt;/<del>b</del><ins>script</ins>&gt;");
    }
}
