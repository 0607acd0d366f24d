package org.sourcewiki.markup;

import java.util.Set;

/** A page body parsed once: its wiki link targets (as slugs) and a way to render it once their existence is known. */
public interface RenderedMarkup {
    Set<String> linkedSlugs();

    String html(Set<String> existingSlugs);
}
