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

    public record PassageHit(String sourceSlug, String sourceTitle, int number, String kind, String snippetHtml) {
        public String href() {
            return SourcePages.passageHref(sourceSlug, number);
        }

        public boolean boilerplate() {
            return "boilerplate".equals(kind);
        }
    }
}
