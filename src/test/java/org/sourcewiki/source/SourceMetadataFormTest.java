package org.sourcewiki.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceMetadataFormTest {
    /** An editor's correction loses invisible characters as an import does; control characters stay refused. */
    @Test
    void invisible_characters_leave_the_corrected_metadata_and_control_characters_are_refused() {
        SourceMetadataForm form = SourceMetadataForm.of("\u202ETitre\u200b corrigé", "Le\u00ad Courrier", null,
                "2025-06-22", "fr", null, "Titre vérifié", "1");
        assertThat(form.values()).containsEntry("title", "Titre corrigé").containsEntry("publisher", "Le Courrier");
        assertThat(form.problems()).isEmpty();
        SourceMetadataForm bell = SourceMetadataForm.of("Titre\u0007", null, null, null, "fr", null, "x", "1");
        assertThat(bell.problems()).extracting(p -> p.field()).contains("title");
    }

    /** A hostile tester (session 16): "[]" saved as a supplied title with nothing in it, and year 0 as a date. */
    @Test
    void an_empty_bracketed_title_and_year_zero_are_refused() {
        SourceMetadataForm empty = SourceMetadataForm.of("[  ]", null, null, "0000", "fr", null, "x", "1");
        assertThat(empty.problems()).extracting(p -> p.field()).contains("title", "published");
    }
}
