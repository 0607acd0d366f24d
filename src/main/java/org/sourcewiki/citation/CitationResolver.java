package org.sourcewiki.citation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.sourcewiki.markup.CitationUse;

/**
 * Checks citations against the sources: the source exists, the passage exists, the quote is in the passage.
 * Two queries for any number of citations: the cited sources, then their cited passages.
 */
public final class CitationResolver {
    private static final int CONTEXT = 32;

    public record Resolution(List<ResolvedCitation> citations, List<CitationProblem> problems) {
    }

    public Resolution resolve(Handle handle, List<CitationUse> uses) {
        List<CitationProblem> problems = new ArrayList<>();
        Map<String, CitationRef> distinct = new LinkedHashMap<>();
        for (CitationUse use : uses) {
            if (use.syntaxError() != null) {
                problems.add(new CitationProblem(use.raw() + " (" + use.syntaxError() + ")", "citation.syntax"));
            } else {
                distinct.putIfAbsent(use.ref().key(), use.ref());
            }
        }
        if (distinct.isEmpty()) {
            return new Resolution(List.of(), problems);
        }
        CitationDao dao = handle.attach(CitationDao.class);
        Set<String> slugs = new LinkedHashSet<>();
        Set<Integer> numbers = new LinkedHashSet<>();
        distinct.values().forEach(ref -> {
            slugs.add(ref.sourceSlug());
            numbers.add(ref.passage());
        });
        Map<String, CitationDao.SourceText> sources = new HashMap<>();
        for (CitationDao.SourceText source : dao.sourcesBySlug(slugs)) {
            sources.put(source.slug(), source);
        }
        Map<String, CitationDao.PassageSpan> passages = new HashMap<>();
        if (!sources.isEmpty()) {
            List<Long> ids = sources.values().stream().map(CitationDao.SourceText::id).toList();
            for (CitationDao.PassageSpan passage : dao.passages(ids, numbers)) {
                passages.put(passage.sourceId() + "#" + passage.number(), passage);
            }
        }
        List<ResolvedCitation> resolved = new ArrayList<>();
        for (CitationRef ref : distinct.values()) {
            CitationDao.SourceText source = sources.get(ref.sourceSlug());
            if (source == null) {
                problems.add(new CitationProblem("[" + ref.key() + "]", "citation.noSource"));
                continue;
            }
            CitationDao.PassageSpan passage = passages.get(source.id() + "#" + ref.passage());
            if (passage == null) {
                problems.add(new CitationProblem("[" + ref.key() + "]", "citation.noPassage"));
                continue;
            }
            Optional<ResolvedCitation> citation = select(ref, source, passage);
            if (citation.isEmpty()) {
                problems.add(new CitationProblem("[" + ref.key() + "]", "citation.noQuote"));
            } else {
                resolved.add(citation.get());
            }
        }
        return new Resolution(resolved, problems);
    }

    /** The selectors of a citation: the quoted words, or else the whole passage. */
    static Optional<ResolvedCitation> select(CitationRef ref, CitationDao.SourceText source, CitationDao.PassageSpan passage) {
        int start = passage.startOffset();
        int end = passage.endOffset();
        if (ref.quote() != null) {
            Optional<QuoteMatcher.Range> range = QuoteMatcher.find(passage.text(), ref.quote());
            if (range.isEmpty()) {
                return Optional.empty();
            }
            start = passage.startOffset() + passage.text().codePointCount(0, range.get().start());
            end = passage.startOffset() + passage.text().codePointCount(0, range.get().end());
        }
        int[] codePoints = source.storedText().codePoints().toArray();
        String exact = new String(codePoints, start, end - start);
        String prefix = new String(codePoints, Math.max(0, start - CONTEXT), start - Math.max(0, start - CONTEXT));
        String suffix = new String(codePoints, end, Math.min(codePoints.length, end + CONTEXT) - end);
        return Optional.of(new ResolvedCitation(ref, source.id(), source.slug(), source.textSha256(), passage.number(),
                exact, prefix, suffix, start, end));
    }
}
