package org.sourcewiki.page;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.sourcewiki.claim.Claim;
import org.sourcewiki.claim.Claims;

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

    /** The value an index shows of a field: the first by rank, without its citations; "" when there is none. */
    public String field(String name) {
        return Claims.first(fields().get(name));
    }

    /** Every value of a field, without citations, deprecated ones left out. */
    public List<String> listField(String name) {
        return Claims.read(fields().get(name)).stream().filter(c -> !c.deprecated()).map(Claim::value).toList();
    }
}
