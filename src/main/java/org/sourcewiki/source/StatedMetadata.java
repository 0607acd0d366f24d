package org.sourcewiki.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourcewiki.page.Titles;

/**
 * The metadata a document states about itself, each field with its origin: where in the document it was read
 * ({@code header}, {@code og:title}, {@code json-ld}, {@code html title}, {@code pdf}, {@code docx}, {@code odt},
 * {@code text passage 3}, {@code fetched}, {@code supplied}, {@code guessed}; {@code editor} once a person corrects it).
 *
 * <p>Readers offer values in their documented order of trust; the first value offered for a field wins, so a later,
 * weaker statement never replaces a stronger one. A blank value is no statement. Field names are those of the JSON
 * API: {@code title}, {@code publisher}, {@code author}, {@code date}, {@code language}, {@code url}.
 */
public final class StatedMetadata {
    public static final String TITLE = "title";
    public static final String PUBLISHER = "publisher";
    public static final String AUTHOR = "author";
    public static final String DATE = "date";
    public static final String LANGUAGE = "language";
    public static final String URL = "url";
    public static final List<String> FIELDS = List.of(TITLE, PUBLISHER, AUTHOR, DATE, LANGUAGE, URL);

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> origins = new LinkedHashMap<>();
    private final Map<String, String[]> fallbacks = new LinkedHashMap<>();
    private boolean titleSupplied;
    private boolean declared;

    /**
     * Keeps a weaker statement for a field, taken only if nothing else states the field, the article's text
     * included ({@link #applyFallbacks}): a word-processor file's creation date is when the file was made, often the
     * day a researcher saved the article, so a date the text states wins over it.
     */
    public void offerFallback(String field, String value, String origin) {
        if (value != null && !value.isBlank()) {
            fallbacks.putIfAbsent(field, new String[] {value, origin});
        }
    }

    /** Takes each kept weaker statement for a field still empty. */
    public void applyFallbacks() {
        fallbacks.forEach((field, value) -> offer(field, value[0], value[1]));
    }

    /** Records the value unless the field already has one or the value is blank; returns whether it was taken. */
    public boolean offer(String field, String value, String origin) {
        if (!FIELDS.contains(field)) {
            throw new IllegalArgumentException("unknown metadata field " + field);
        }
        if (values.containsKey(field) || value == null) {
            return false;
        }
        String clean = visible(value).replaceAll("\\s+", " ").strip();
        if (clean.isEmpty()) {
            return false;
        }
        values.put(field, clean);
        origins.put(field, origin);
        return true;
    }

    /**
     * The value without what no reader sees and what must not be stored: control characters (a NUL in a PDF's title,
     * which PostgreSQL refuses; a bell, an escape sequence) become spaces; invisible characters (bidirectional
     * overrides such as U+202E, zero-width spaces, soft hyphens, byte-order marks) are removed by the rule page
     * titles follow ({@link Titles#withoutInvisible}), so that a title reads as it shows and searches and slugs see
     * its words.
     */
    static String visible(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> out.appendCodePoint(Character.getType(c) == Character.CONTROL ? ' ' : c));
        return Titles.withoutInvisible(out.toString());
    }

    /** Sets the value whatever was offered before: for facts the import itself knows (the address it fetched). */
    public void put(String field, String value, String origin) {
        values.remove(field);
        origins.remove(field);
        offer(field, value, origin);
    }

    /** A title made up by whoever saved or imported the file, in square brackets as librarians mark it. */
    public void offerSuppliedTitle(String bracketedTitle, String origin) {
        if (offer(TITLE, bracketedTitle, origin)) {
            titleSupplied = true;
        }
    }

    public void markTitleSupplied(boolean supplied) {
        this.titleSupplied = supplied;
    }

    /**
     * Marks the metadata as declared in full by whoever saved the file (a text file's header): a field it leaves
     * empty is one the article does not state, so nothing is looked for in the text but a missing title.
     */
    public void markDeclared() {
        this.declared = true;
    }

    public boolean declared() {
        return declared;
    }

    public String get(String field) {
        return values.get(field);
    }

    public boolean has(String field) {
        return values.containsKey(field);
    }

    public boolean titleSupplied() {
        return titleSupplied;
    }

    /** Field name to origin, for the fields that have a value, in the order of {@link #FIELDS}. */
    public Map<String, String> origins() {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String field : FIELDS) {
            if (origins.containsKey(field)) {
                ordered.put(field, origins.get(field));
            }
        }
        return Collections.unmodifiableMap(ordered);
    }

    public String origin(String field) {
        return origins.get(field);
    }
}
