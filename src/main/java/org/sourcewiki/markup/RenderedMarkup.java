package org.sourcewiki.markup;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A page body parsed once: its wiki link targets (as slugs), its citations in reading order, and a way to render
 * it once the existence of linked pages and the note number of each citation are known.
 */
public interface RenderedMarkup {
    Set<String> linkedSlugs();

    List<CitationUse> citations();

    /** noteNumbers maps a citation's key to its note number; a citation without one shows as unresolved. */
    String html(Set<String> existingSlugs, Map<String, Integer> noteNumbers);
}
