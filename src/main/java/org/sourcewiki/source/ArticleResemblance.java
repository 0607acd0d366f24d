package org.sourcewiki.source;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two texts are versions of one article: they share most of their word shingles (runs of
 * {@value #SHINGLE_WORDS} words), after Broder's resemblance and containment ("On the resemblance and containment of
 * documents", 1997). A corrected or updated article keeps most of its sentences; two articles of one site that share a
 * generic page title, or a home page's address as their canonical one, share a sentence or two at most.
 *
 * <p>Compared: the article's own text (its body passages), folded to lower case without accents, punctuation dropped.
 */
public final class ArticleResemblance {
    /** Words in a shingle. */
    static final int SHINGLE_WORDS = 3;
    /**
     * The share of the shorter text's shingles found in the longer one above which they are one article: a new version
     * that adds paragraphs contains the old one; one that corrects a figure keeps nearly every shingle.
     */
    static final double SAME_ARTICLE_CONTAINMENT = 0.5;

    private ArticleResemblance() {
    }

    /** Whether the two texts (each a collection of passages) are one article's versions (see the class comment). */
    public static boolean sameArticle(Collection<String> older, Collection<String> newer) {
        Set<String> a = shingles(older);
        Set<String> b = shingles(newer);
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        long shared = smaller.stream().filter(larger::contains).count();
        return shared >= SAME_ARTICLE_CONTAINMENT * smaller.size();
    }

    static Set<String> shingles(Collection<String> passages) {
        Set<String> shingles = new HashSet<>();
        for (String passage : passages) {
            String folded = Normalizer.normalize(passage, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                    .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            if (folded.isEmpty()) {
                continue;
            }
            String[] words = folded.split(" ");
            if (words.length < SHINGLE_WORDS) {
                shingles.add(folded);
                continue;
            }
            for (int i = 0; i + SHINGLE_WORDS <= words.length; i++) {
                shingles.add(String.join(" ", Arrays.copyOfRange(words, i, i + SHINGLE_WORDS)));
            }
        }
        return shingles;
    }
}
