package org.sourcewiki.citation;

import java.util.List;
import org.sourcewiki.source.Authors;
import org.sourcewiki.source.SourcePages;

/**
 * A stored citation of a revision, with what the references list shows of its source (sourceAuthor: the source's
 * author field as stored, several names separated by "; ", or null).
 */
public record StoredCitation(int ordinal, String sourceSlug, String sourceTitle, String sourceAuthor, String sourcePublisher,
                             String sourcePublished, String sourceLanguage, String sourceTextSha256, int passageNumber, String passageKind,
                             String quote, String exact, String prefix, String suffix, int startOffset, int endOffset) {

    /** The source's authors, each on its own, in order; empty when it names none. */
    public List<String> sourceAuthors() {
        return Authors.split(sourceAuthor);
    }

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
