package org.sourcewiki.citation;

import java.util.List;

/**
 * A cited source in the references list, once, with every cited passage of it under it; authors are its names in
 * order, as the article states them (empty when it states none), shown as every citation style shows them: first.
 */
public record SourceReferences(String slug, String title, List<String> authors, String publisher, String published,
                               String language, List<Reference> notes) {
    public String href() {
        return "/sources/" + slug;
    }

    /** The date for a time element's datetime: without the square brackets of a date inferred from the text. */
    public String datetime() {
        return published == null ? null : published.replace("[", "").replace("]", "");
    }
}
