package org.sourcewiki.citation;

import java.util.List;

/** A cited source in the references list, once, with every cited passage of it under it. */
public record SourceReferences(String slug, String title, String publisher, String published, String language,
                               List<Reference> notes) {
    public String href() {
        return "/sources/" + slug;
    }
}
