package org.sourcewiki.source;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Source slugs: short, ASCII, lower case and stable, made once at import from publisher, date and the title's
 * first words, e.g. {@code bamada-2025-04-09-cooperation-strategique}.
 */
public final class SourceSlugs {
    private static final Set<String> STOP_WORDS = Set.of(
            "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "et", "a", "au", "aux", "en", "sur", "pour",
            "par", "dans", "avec", "the", "an", "of", "and", "in", "on", "for", "to", "with", "el", "al");
    /** Two title words after a publisher or date, four when the title stands alone. */
    private static final int TITLE_WORDS_AFTER_PREFIX = 2;
    private static final int TITLE_WORDS_ALONE = 4;
    private static final int MAX_LENGTH = 60;
    private static Transliterator toLatin;
    private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})'s\\b");

    private SourceSlugs() {
    }

    public static String base(String publisher, String date, String title) {
        List<String> parts = new ArrayList<>();
        if (publisher != null) {
            // The publisher's first word that names it: "Le Courrier du Sahel" gives "courrier", not "le".
            for (String word : ascii(publisher).split("[^a-z0-9]+")) {
                if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
                    parts.add(word);
                    break;
                }
            }
        }
        if (date != null) {
            parts.add(date);
        }
        int maxWords = parts.isEmpty() ? TITLE_WORDS_ALONE : TITLE_WORDS_AFTER_PREFIX;
        List<String> words = new ArrayList<>();
        // An English possessive is part of its word ("Kenya's" gives "kenya", not "kenya-s"); a letter left alone by
        // an apostrophe ("don't") names nothing.
        for (String word : POSSESSIVE.matcher(ascii(title)).replaceAll("").split("[^a-z0-9]+")) {
            if (!word.isEmpty() && !STOP_WORDS.contains(word) && !word.matches("[a-z]") && words.size() < maxWords) {
                words.add(word);
            }
        }
        parts.addAll(words);
        String slug = String.join("-", parts);
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "source" : slug;
    }

    /** The base, or the base with -2, -3 … when it is taken. */
    public static String unique(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "-" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    private static String ascii(String text) {
        return BoilerplateRules.fold(latin(text)).replace('œ', 'o').replace('æ', 'a').replace('ß', 's');
    }

    /**
     * A title in another script in Latin letters, by ICU's transliterators ("Any-Latin", then "Latin-ASCII": "Россия и
     * Мали" gives "Rossia i Mali"), so that its slug names it instead of being "source", "source-2" …; a Latin title
     * is left as it is. ICU's transliterators are not safe for concurrent use: one at a time.
     */
    private static String latin(String text) {
        if (text == null || text.codePoints().noneMatch(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN)) {
            return text;
        }
        synchronized (SourceSlugs.class) {
            if (toLatin == null) {
                toLatin = Transliterator.getInstance("Any-Latin; Latin-ASCII");
            }
            return toLatin.transliterate(text);
        }
    }
}
