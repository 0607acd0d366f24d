package org.sourcewiki.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.sourcewiki.citation.CitationProblem;
import org.sourcewiki.citation.CitationRef;
import org.sourcewiki.citation.CitationResolver;
import org.sourcewiki.claim.Claim;
import org.sourcewiki.claim.ClaimLine;
import org.sourcewiki.claim.Claims;
import org.sourcewiki.markup.CitationUse;
import org.sourcewiki.markup.RenderedMarkup;

/**
 * The citations of a whole revision: the body's, then those of its field values (claims), checked together by
 * {@link CitationResolver} exactly as the body's are, in two queries. Notes are numbered by first appearance in the
 * body, then in the fields, so a body's note numbers do not change when its fields gain citations. Each problem is
 * named where it was written: the body, or a field and its line.
 */
final class ContentCitations {
    private ContentCitations() {
    }

    /** A citation written in a field value: the field, the value's line (1-based) and the citation. */
    record FieldUse(String field, int line, CitationRef ref) {
    }

    record Checked(CitationResolver.Resolution resolution, List<EditForm.FieldError> problems) {
    }

    /** The citations of every claim field of a content, in field order then line order. */
    static List<FieldUse> fieldUses(PageContent content) {
        List<FieldUse> uses = new ArrayList<>();
        for (String field : PageKind.CLAIM_FIELDS) {
            List<String> lines = Claims.lines(content.fields().get(field));
            for (int n = 0; n < lines.size(); n++) {
                Claim claim = ClaimLine.lenient(lines.get(n));
                for (CitationRef ref : claim.refs()) {
                    uses.add(new FieldUse(field, n + 1, ref));
                }
            }
        }
        return uses;
    }

    static Checked check(Handle handle, CitationResolver resolver, RenderedMarkup markup, PageContent content) {
        List<CitationUse> uses = new ArrayList<>(markup.citations());
        List<FieldUse> fieldUses = fieldUses(content);
        Map<String, List<FieldUse>> byKey = new LinkedHashMap<>();
        for (FieldUse use : fieldUses) {
            uses.add(new CitationUse("[" + use.ref().key() + "]", use.ref(), null));
            byKey.computeIfAbsent("[" + use.ref().key() + "]", k -> new ArrayList<>()).add(use);
        }
        java.util.Set<String> bodyKeys = new java.util.HashSet<>();
        markup.citations().forEach(use -> bodyKeys.add(use.ref() == null ? use.raw() : "[" + use.ref().key() + "]"));
        CitationResolver.Resolution resolution = resolver.resolve(handle, uses);
        List<EditForm.FieldError> problems = new ArrayList<>();
        for (CitationProblem problem : resolution.problems()) {
            List<FieldUse> inFields = byKey.getOrDefault(problem.written(), List.of());
            if (inFields.isEmpty() || bodyKeys.contains(problem.written())) {
                problems.add(new EditForm.FieldError("body", problem.messageKey(), problem.written()));
            }
            for (FieldUse use : inFields) {
                problems.add(new EditForm.FieldError(use.field(), problem.messageKey(), problem.written(), use.line()));
            }
        }
        return new Checked(resolution, problems);
    }
}
