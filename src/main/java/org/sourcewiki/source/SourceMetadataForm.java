package org.sourcewiki.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sourcewiki.page.EditForm.FieldError;
import org.sourcewiki.page.Titles;

/**
 * The source metadata an editor corrects (title, publisher, author, date, language, address) with the reason, as
 * submitted. The same rules as the import header apply: a title in square brackets was supplied, not stated; dates
 * are YYYY, YYYY-MM or YYYY-MM-DD, in square brackets when inferred from the text rather than stated; the language is a code such as fr; the address is http or https. Empty fields
 * are unknown (null), never invented.
 */
public record SourceMetadataForm(String title, String publisher, String author, String date, String language,
                                 String url, String summary, String baseEdit) {
    /** Metadata field names as stored, in the order the form and the history show them. */
    public static final List<String> FIELDS = List.of("title", "publisher", "author", "published", "language", "url");

    /**
     * The metadata field (the key of {@code metadata_origin}, {@link StatedMetadata#FIELDS}) a form field corrects:
     * the same name, but for the date, which the form and the history call "published".
     */
    public static String metadataField(String formField) {
        return formField.equals("published") ? StatedMetadata.DATE : formField;
    }
    private static final int MAX_FIELD = 500;

    /** The submitted values trimmed and without invisible characters (U+202E, zero-width spaces…), empty as null. */
    public static SourceMetadataForm of(String title, String publisher, String author, String date, String language,
                                        String url, String summary, String baseEdit) {
        String cleanTitle = clean(title);
        if (cleanTitle != null && cleanTitle.matches("\\[\\s*]")) {
            cleanTitle = null; // "[]": a supplied title with nothing in it is no title
        }
        return new SourceMetadataForm(cleanTitle, clean(publisher), clean(author), clean(date), clean(language),
                clean(url), clean(summary), clean(baseEdit));
    }

    /**
     * The form filled with a source's current metadata, based on latestMetadataEdit (the id of the latest correction
     * of its metadata, 0 for none; see {@link SourceCorrections#correctMetadata}).
     */
    public static SourceMetadataForm of(SourceSummary source, long latestMetadataEdit) {
        return new SourceMetadataForm(source.title(), source.publisher(), source.author(), SourceCorrections.shownDate(source),
                source.language(), source.url(), null, String.valueOf(latestMetadataEdit));
    }

    public List<FieldError> problems() {
        List<FieldError> problems = new ArrayList<>();
        if (title == null) {
            problems.add(new FieldError("title", "sourceEdit.titleRequired"));
        }
        if (language == null) {
            problems.add(new FieldError("language", "sourceEdit.languageInvalid"));
        }
        Map<String, String> values = values();
        values.put("summary", summary);
        for (Map.Entry<String, String> field : values.entrySet()) {
            String value = field.getValue();
            if (value != null && (value.length() > MAX_FIELD || hasControlCharacter(value))) {
                problems.add(new FieldError(field.getKey(), "sourceEdit.fieldInvalid"));
            }
        }
        check(problems, "published", "sourceEdit.dateInvalid", () -> SourceHeader.checkDate(storedDate()));
        check(problems, "language", "sourceEdit.languageInvalid", () -> SourceHeader.checkLanguage(language));
        check(problems, "url", "sourceEdit.urlInvalid", () -> SourceHeader.checkUrl(url));
        if (summary == null) {
            problems.add(new FieldError("summary", "sourceEdit.summaryRequired"));
        }
        if (baseEditId() == null) {
            problems.add(new FieldError("base_edit", "edit.baseInvalid"));
        }
        return problems;
    }

    /** Field name → value as it would be stored (language in lower case). */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", title);
        values.put("publisher", publisher);
        values.put("author", author);
        values.put("published", date);
        values.put("language", language == null ? null : language.toLowerCase(Locale.ROOT));
        values.put("url", url);
        return values;
    }

    /** The date is inferred from the text (not stated as the publication date) when it is written in square brackets. */
    public boolean dateInferred() {
        return date != null && date.startsWith("[") && date.endsWith("]");
    }

    /** The date as stored: without the square brackets that mark it inferred. */
    public String storedDate() {
        return dateInferred() ? date.substring(1, date.length() - 1).strip() : date;
    }

    /** The title is supplied (not stated by the article) when it is written in square brackets. */
    public boolean titleSupplied() {
        return title != null && title.startsWith("[") && title.endsWith("]");
    }

    /** The id of the latest correction the editor saw (0 when there was none), or null if unreadable. */
    public Long baseEditId() {
        return baseEdit != null && baseEdit.matches("\\d{1,18}") ? Long.valueOf(baseEdit) : null;
    }

    private interface Check {
        void run() throws ImportRefusedException;
    }

    private static void check(List<FieldError> problems, String field, String key, Check check) {
        try {
            check.run();
        } catch (ImportRefusedException e) {
            problems.add(new FieldError(field, key));
        }
    }

    static boolean hasControlCharacter(String value) {
        return value.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL);
    }

    /** Trimmed, without invisible characters (as an import leaves them out: {@link StatedMetadata}), empty as null. */
    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = Titles.withoutInvisible(value).strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
