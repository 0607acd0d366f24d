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
        // A field of another kind is not dropped silently: the editor is told, by name (the form keeps it).
        assertThat(actor.problems()).containsExactly(new EditForm.FieldError("parties", "edit.fieldOfOtherKind", "parties"));
        assertThat(form("actor", Map.of("subtype", "person", "parties", "  ")).problems()).isEmpty();
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

    @Test
    void control_characters_in_any_text_of_the_form_are_refused_by_field_and_tab_and_new_line_are_kept() {
        EditForm form = EditForm.read(Map.of("title", "Titre", "kind", "actor", "body", "a\u0000b\tc\nd",
                "summary", "x\u0007", "aliases", "Goïta\u001B", "affiliation", "Mali\u0085")::get);
        assertThat(form.problems()).extracting(EditForm.FieldError::field, EditForm.FieldError::messageKey)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("body", "edit.controlCharacters"),
                        org.assertj.core.groups.Tuple.tuple("summary", "edit.controlCharacters"),
                        org.assertj.core.groups.Tuple.tuple("aliases", "edit.controlCharacters"),
                        org.assertj.core.groups.Tuple.tuple("affiliation", "edit.controlCharacters"));
        assertThat(form.body()).isEqualTo("a\u0000b\tc\nd");
        assertThat(EditForm.read(Map.of("title", "Ti\u0000tre", "kind", "topic", "body", "x")::get).problems())
                .extracting(EditForm.FieldError::messageKey).containsExactly("title.control");
        assertThat(EditForm.read(Map.of("title", "Titre", "kind", "topic", "body", "tab\tand\nline")::get).problems()).isEmpty();
        // Browsers send text areas with CR LF line endings.
        EditForm crlf = EditForm.read(Map.of("title", "Titre", "kind", "agreement", "body", "a\r\nb", "summary", "s\r\n",
                "parties", "Mali\r\nRussie\r\n")::get);
        assertThat(crlf.problems()).isEmpty();
        assertThat(crlf.fields().get("parties")).isEqualTo(List.of("Mali", "Russie"));
    }

    @Test
    void page_text_is_stored_in_nfc_and_without_blank_edges() {
        EditForm form = EditForm.read(Map.of("title", "Goi\u0308ta", "kind", "topic",
                "body", "\n\n  \n    code indenté\nGoi\u0308ta\n\n\n  ", "summary", "re\u0301sume\u0301")::get);
        assertThat(form.body()).isEqualTo("    code indenté\nGoïta");
        assertThat(form.summary()).isEqualTo("résumé");
        assertThat(form.normalisedTitle()).isEqualTo("Goïta");
    }

    @Test
    void bodies_differing_only_by_white_space_at_line_ends_and_edges_are_the_same_content() {
        PageContent saved = new PageContent("T", "topic", Map.of(), "Un\n\nDeux");
        assertThat(new PageContent("T", "topic", Map.of(), "\n\nUn   \n\t\nDeux\n\n\n").sameAs(saved)).isTrue();
        assertThat(new PageContent("T", "topic", Map.of(), "Un\nDeux").sameAs(saved)).isFalse();
        assertThat(new PageContent("T", "topic", Map.of(), "  Un\n\nDeux").sameAs(saved)).isFalse();
    }
}
