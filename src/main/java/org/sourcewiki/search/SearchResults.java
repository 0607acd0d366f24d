package org.sourcewiki.search;

import java.util.List;
import org.sourcewiki.source.SourcePages;

/**
 * One page of search results: matching wiki pages, then matching passages with highlighted snippets. clampedFrom is
 * the offset asked for when it was past the last result (the last page is shown instead), else null.
 */
public record SearchResults(SearchQuery query, PageHit exactTitle, List<PageHit> pages, List<PassageHit> passages,
                            boolean morePassages, int offset, List<String> expandedNames, Integer clampedFrom) {

    public record PageHit(String slug, String title, String kind, String snippetHtml) {
        public String href() {
            return org.sourcewiki.page.Titles.path(title);
        }
    }

    /** A matching passage: text is its whole stored text, language its source's (a BCP 47 tag, or null). */
    public record PassageHit(String sourceSlug, String sourceTitle, int number, String kind, String snippetHtml,
                             String text, String language) {
        public String href() {
            return SourcePages.passageHref(sourceSlug, number);
        }

        public boolean boilerplate() {
            return "boilerplate".equals(kind);
        }

        /** The citation key of the whole passage, as written in a page: {@code @slug#pN}. */
        public String key() {
            return "@" + sourceSlug + "#p" + number;
        }
    }
}
