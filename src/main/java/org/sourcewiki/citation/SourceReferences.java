package org.sourcewiki.citation;

import java.util.List;

/** A cited source in the references list, once, with every cited passage of it under it. */
public record SourceReferences(String slug, String title, String publisher, String published, String language,
                               List<Reference> notes) {
    public String href() {
        return "/sources/" + slug;
    }

    /** The date for a time element's datetime: without the square brackets of a date inferred from the text. */
    public String datetime() {
        return published == null ? null : published.replace("[", "").replace("]", "");
    }
}
