package org.sourcewiki.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EditFormTest {
    private static EditForm form(String kind, Map<String, String> fields) {
        return new EditForm("Titre", kind, "Texte", "", "", fields);
    }

    @Test
    void only_the_fields_of_the_chosen_kind_are_kept_trimmed_and_split_by_line() {
        EditForm actor = form("actor", Map.of("subtype", "person", "aliases", " Goita \n\nAssimi Goita\nGoita\n",
                "affiliation", "Mali", "parties", "ignored"));
        assertThat(actor.fields()).isEqualTo(Map.of("subtype", "person", "aliases", List.of("Goita", "Assimi Goita"),
                "affiliation", "Mali"));
        assertThat(actor.problems()).isEmpty();
    }

    @Test
    void bad_kinds_subtypes_dates_and_linked_titles_are_named() {
        assertThat(form("villain", Map.of()).problems()).extracting(EditForm.FieldError::messageKey).containsExactly("edit.kindInvalid");
        assertThat(form("actor", Map.of("subtype", "alien")).problems()).extracting(EditForm.FieldError::messageKey)
                .containsExactly("edit.subtypeInvalid");
        assertThat(form("agreement", Map.of("signed_on", "2025-02-30", "in_force_on", "juin 2025")).problems())
                .extracting(EditForm.FieldError::field).containsExactly("signed_on", "in_force_on");
        assertThat(form("agreement", Map.of("signed_on", "2025", "in_force_on", "2025-06")).problems()).isEmpty();
        assertThat(form("agreement", Map.of("parties", "Mali\nA/B")).problems()).extracting(EditForm.FieldError::messageKey)
                .containsExactly("edit.fieldTitleInvalid");
    }
}
