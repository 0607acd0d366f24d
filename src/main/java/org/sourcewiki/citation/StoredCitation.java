package org.sourcewiki.citation;

import org.sourcewiki.source.SourcePages;

/** A stored citation of a revision, with what the references list shows of its source. */
public record StoredCitation(int ordinal, String sourceSlug, String sourceTitle, String sourcePublisher,
                             String sourcePublished, String sourceLanguage, String sourceTextSha256, int passageNumber, String passageKind,
                             String quote, String exact, String prefix, String suffix, int startOffset, int endOffset) {

    public String key() {
        return new CitationRef(sourceSlug, passageNumber, quote).key();
    }

    /** The passage with the cited words highlighted on the source page. */
    public String href() {
        return SourcePages.markHref(sourceSlug, passageNumber, startOffset, endOffset);
    }

    /** The quoted words, or the opening words of a whole passage. */
    public String shownWords() {
        if (quote != null) {
            return exact;
        }
        String[] words = exact.split("\\s+");
        return words.length <= 14 ? exact : String.join(" ", java.util.Arrays.asList(words).subList(0, 14)) + " …";
    }

    public boolean quoted() {
        return quote != null;
    }
}
