package org.sourcewiki.search;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the reader typed, made safe for websearch_to_tsquery: trimmed, capped in length, control characters
 * dropped. When it names a page by its title or one of its aliases, the passage search also looks for the
 * page's other names ("Putin" finds passages that say "Poutine").
 *
 * <p>Typed variants behave like their plain forms: French and typographic quotation marks (« » “ ” „ ‹ ›) delimit a
 * phrase like "…"; a hyphenated word written with any dash (hyphen, non-breaking hyphen, en or em dash, minus) is
 * the phrase of its parts, or, as an alternative, the parts joined ("AES-Russie" finds "AES–Russie", "AES Russie"
 * and "AESRussie"); two capitalised words in a row are also tried joined, as the index holds names joined too
 * ("Burkina Faso" finds "BurkinaFaso", and "BurkinaFaso" finds "Burkina Faso"); a number with spaced thousands ("5 000", thin or no-break spaces) is the number ("5000"); "<",
 * ">" and "&" are spaces, so "&lt;script&gt;" searches the word the page shows. The index holds the same forms
 * (migration V9).
 */
public record SearchQuery(String text, boolean truncated) {
    public static final int MAX_LENGTH = 300;
    /** Every dash: Unicode's dash punctuation (Pd), the minus sign and the hyphen bullet. */
    static final String DASHES = "\\p{Pd}\u2212\u2043";
    private static final Pattern QUOTES = Pattern.compile("[«»“”„‟〝〞＂‹›″]");
    private static final Pattern APOSTROPHES = Pattern.compile("[‘’‚‛′ʼ]");
    private static final Pattern SPACED_NUMBER =
            Pattern.compile("(?<!\\d)\\d{1,3}(?:[ \u00A0\u202F\u2009\u2007]\\d{3})+(?!\\d)");
    private static final Pattern CAPITALISED_PAIR =
            Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}\\p{N}\\p{M}]*)[\\h]+(\\p{Lu}[\\p{L}\\p{N}\\p{M}]*)(?![\\p{L}\\p{N}])");
    private static final Pattern WORD_OR_QUOTE =
            Pattern.compile("\"|[\\p{L}\\p{N}\\p{M}]+(?:[" + DASHES + "][\\p{L}\\p{N}\\p{M}]+)+");

    public static SearchQuery of(String raw) {
        String cleaned = raw == null ? "" : raw.replaceAll("\\p{Cntrl}", " ").strip();
        boolean truncated = cleaned.length() > MAX_LENGTH;
        return new SearchQuery(truncated ? cleaned.substring(0, MAX_LENGTH) : cleaned, truncated);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The query in websearch_to_tsquery syntax; joined puts hyphenated words together instead of as phrases. */
    public String websearch(boolean joined) {
        return rewrite(text, joined);
    }

    /** Whether the joined form differs from the phrase form (the query has a hyphenated word). */
    public boolean hasJoinedForm() {
        return !rewrite(text, true).equals(rewrite(text, false));
    }

    /** websearch syntax matching the query or any of the names, each as a phrase. */
    public String withNames(List<String> names, boolean joined) {
        if (names.isEmpty()) {
            return websearch(joined);
        }
        StringBuilder query = new StringBuilder(phrase(rewrite(text, joined)));
        for (String name : names) {
            query.append(" or ").append(phrase(rewrite(name, joined)));
        }
        return query.toString();
    }

    /** The plain form of a typed text, in websearch syntax (see the class comment). */
    static String rewrite(String typed, boolean joined) {
        String text = QUOTES.matcher(typed).replaceAll("\"");
        text = APOSTROPHES.matcher(text).replaceAll("'");
        text = text.replace('<', ' ').replace('>', ' ').replace('&', ' ');
        Matcher numbers = SPACED_NUMBER.matcher(text);
        text = numbers.replaceAll(m -> m.group().replaceAll("\\D", ""));
        Matcher words = WORD_OR_QUOTE.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean inQuote = false;
        while (words.find()) {
            String found = words.group();
            String replacement;
            if (found.equals("\"")) {
                inQuote = !inQuote;
                replacement = found;
            } else {
                String[] parts = found.split("[" + DASHES + "]");
                replacement = joined ? String.join("", parts)
                        : inQuote ? String.join(" ", parts) : "\"" + String.join(" ", parts) + "\"";
            }
            words.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        words.appendTail(out);
        return joined ? CAPITALISED_PAIR.matcher(out).replaceAll("$1$2") : out.toString();
    }

    private static String phrase(String words) {
        return "\"" + words.replace("\"", " ") + "\"";
    }
}
