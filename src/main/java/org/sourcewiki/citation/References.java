package org.sourcewiki.citation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the references list from a revision's stored citations: sources in order of first citation. */
public final class References {
    private References() {
    }

    public static List<SourceReferences> group(List<StoredCitation> citations) {
        return group(citations, Map.of());
    }

    /** The same, each note knowing how many markers in the text point at it (note number to count). */
    public static List<SourceReferences> group(List<StoredCitation> citations, Map<Integer, Integer> markerCounts) {
        Map<String, List<Reference>> notes = new LinkedHashMap<>();
        Map<String, StoredCitation> firstOfSource = new LinkedHashMap<>();
        for (StoredCitation citation : citations) {
            firstOfSource.putIfAbsent(citation.sourceSlug(), citation);
            notes.computeIfAbsent(citation.sourceSlug(), slug -> new ArrayList<>()).add(new Reference(citation.ordinal(),
                    citation.passageNumber(), citation.shownWords(), citation.quoted(),
                    "boilerplate".equals(citation.passageKind()), citation.href(),
                    markerCounts.getOrDefault(citation.ordinal(), 0)));
        }
        List<SourceReferences> grouped = new ArrayList<>();
        firstOfSource.forEach((slug, first) -> grouped.add(new SourceReferences(slug, first.sourceTitle(),
                first.sourceAuthors(), first.sourcePublisher(), first.sourcePublished(), first.sourceLanguage(), notes.get(slug))));
        return grouped;
    }

    public static Map<String, Integer> noteNumbers(List<StoredCitation> citations) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (StoredCitation citation : citations) {
            numbers.put(citation.key(), citation.ordinal());
        }
        return numbers;
    }
}
