package org.sourcewiki.page;

import java.time.OffsetDateTime;
import java.util.Map;

/** One stored revision, with its author's name and its parent's size (for the size change shown in lists). */
public record RevisionRow(long id, long pageId, Long parentId, long authorId, String authorName, OffsetDateTime createdAt,
                          String summary, String title, String kind, String fieldsJson, String body, int size,
                          Long restoredFrom, Integer parentSize, String pageSlug, long pageCurrentRevisionId) {

    /** The page's language as its revision states it (a BCP 47 tag), or wikiLanguage when it states none. */
    public String language(String wikiLanguage) {
        Object language = fields().get(EditForm.LANGUAGE);
        return language instanceof String tag && !tag.isBlank() ? tag : wikiLanguage;
    }

    public boolean isCurrent() {
        return id == pageCurrentRevisionId;
    }

    /** The permalink of this revision, under its page's present slug. */
    public String permalink() {
        return "/wiki/" + Titles.encodeSegment(pageSlug) + "?rev=" + id;
    }

    public String pageHref() {
        return "/wiki/" + Titles.encodeSegment(pageSlug);
    }

    public Map<String, Object> fields() {
        return FieldsJson.read(fieldsJson);
    }

    public PageContent content() {
        return new PageContent(title, kind, fields(), body);
    }

    public int sizeChange() {
        return size - (parentSize == null ? 0 : parentSize);
    }
}
