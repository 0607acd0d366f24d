package org.sourcewiki.markup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sourcewiki.citation.CitationProblem;

/**
 * A page body parsed once: its wiki link targets (as slugs), its citations in reading order, the problems that
 * keep it from being saved, and a way to render it once the linked pages and the note number of each citation are
 * known.
 */
public interface RenderedMarkup {
    Set<String> linkedSlugs();

    /** Every citation bracket the author wrote outside code: each a reference, or a syntax error. */
    List<CitationUse> citations();

    /** Wiki links that cannot be made: what was written and a message key (link.*). */
    List<CitationProblem> linkProblems();

    /** The ids given to the headings, in order. */
    List<String> headingIds();

    /** The plain text of each paragraph that makes a claim and cites nothing (the rule: {@link UncitedClaims}). */
    List<String> uncitedClaims();

    /** What a reader sees, as plain text: no Markdown, no citation brackets; for search and snippets. */
    String plainText();

    /**
     * The HTML. targets maps the slug of each linked page that exists, or that redirects to one, to the slug of that
     * page; noteNumbers maps a citation's key to its note number (a citation without one shows as unresolved).
     */
    String html(Map<String, String> targets, Map<String, Integer> noteNumbers);

    /** The HTML when the linked pages that exist are known by their own slugs (no redirects). */
    default String html(Set<String> existingSlugs, Map<String, Integer> noteNumbers) {
        Map<String, String> targets = new HashMap<>();
        existingSlugs.forEach(slug -> targets.put(slug, slug));
        return html(targets, noteNumbers);
    }
}
