package org.sourcewiki.page;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A page in an index, with its current fields (agreements list parties and dates). */
public record PageListItem(String slug, String title, String kind, String fieldsJson, OffsetDateTime updatedAt, String authorName) {
    public Map<String, Object> fields() {
        return FieldsJson.read(fieldsJson);
    }

    /** The page's language (a BCP 47 tag), or wikiLanguage when it states none. */
    public String language(String wikiLanguage) {
        String language = field(EditForm.LANGUAGE);
        return language == null || language.isBlank() ? wikiLanguage : language;
    }

    public String href() {
        return Titles.path(title);
    }

    public String field(String name) {
        Object value = fields().get(name);
        return value instanceof String text ? text : "";
    }

    @SuppressWarnings("unchecked")
    public List<String> listField(String name) {
        Object value = fields().get(name);
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }
}
