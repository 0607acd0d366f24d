package org.sourcewiki.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Optional metadata at the top of an article file, between two lines of three dashes:
 *
 * <pre>
 * ---
 * title: [Supplied title in brackets]
 * publisher: Bamada.net
 * date: 2025-04-09
 * language: fr
 * ---
 * </pre>
 *
 * Only what the article itself states belongs here; a field left empty stays unknown. A title in square brackets
 * was supplied by whoever saved the file, as librarians mark it; a date in square brackets ({@code date: [2025-04-09]})
 * was inferred from the text (the day of an event it reports, "ce mercredi 9 avril 2025"), not stated as the date of
 * publication, and is shown in brackets everywhere. Several authors are separated by ";" ({@link Authors}). Lines
 * starting with # are comments.
 */
public record SourceHeader(
        String title, boolean titleSupplied, String publisher, String author, String date, boolean dateInferred,
        String language, String url) {

    static final SourceHeader NONE = new SourceHeader(null, false, null, null, null, false, null, null);
    private static final Set<String> FIELDS = Set.of("title", "publisher", "author", "date", "language", "url");
    private static final String FENCE = "---";

    /** The header and the text after it; without a header, the whole text. */
    public record Split(SourceHeader header, String body) {
    }

    public static Split split(String text) throws ImportRefusedException {
        if (!text.startsWith(FENCE + "\n")) {
            return new Split(NONE, text);
        }
        int close = text.indexOf("\n" + FENCE + "\n", FENCE.length());
        int closeAtEnd = text.endsWith("\n" + FENCE) ? text.length() - FENCE.length() - 1 : -1;
        int end = close >= 0 ? close : closeAtEnd;
        if (end < 0) {
            throw new ImportRefusedException("the header opened by '---' on line 1 is never closed by another '---' line");
        }
        String block = text.substring(FENCE.length() + 1, end);
        int bodyStart = Math.min(text.length(), end + FENCE.length() + 2);
        return new Split(parse(block), text.substring(bodyStart));
    }

    private static SourceHeader parse(String block) throws ImportRefusedException {
        Map<String, String> values = new LinkedHashMap<>();
        String[] lines = block.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new ImportRefusedException("header line " + (i + 2) + " is not 'field: value': " + abbreviate(line));
            }
            String key = line.substring(0, colon).strip().toLowerCase();
            if (!FIELDS.contains(key)) {
                throw new ImportRefusedException("unknown header field '" + abbreviate(key)
                        + "' (known: title, publisher, author, date, language, url)");
            }
            if (values.containsKey(key)) {
                throw new ImportRefusedException("header field '" + key + "' is given twice");
            }
            String value = line.substring(colon + 1).strip();
            values.put(key, value.isEmpty() ? null : value);
        }
        String title = values.get("title");
        boolean supplied = title != null && title.startsWith("[") && title.endsWith("]");
        String date = values.get("date");
        boolean inferred = date != null && date.startsWith("[") && date.endsWith("]");
        return new SourceHeader(title, supplied, values.get("publisher"), values.get("author"),
                checkDate(inferred ? date.substring(1, date.length() - 1).strip() : date), inferred, checkLanguage(values.get("language")), checkUrl(values.get("url")));
    }

    /** Dates are as precise as the article states them: YYYY, YYYY-MM or YYYY-MM-DD. */
    public static String checkDate(String date) throws ImportRefusedException {
        if (date == null) {
            return null;
        }
        if (date.matches("0\\d{3}(-.*)?")) {
            // Year 0 to 999 is no date of a news article, and citation styles print it as "0 C.E." or "0AD".
            throw new ImportRefusedException("header date '" + abbreviate(date) + "' is not a real date");
        }
        try {
            if (date.matches("\\d{4}")) {
                return date;
            }
            if (date.matches("\\d{4}-\\d{2}")) {
                YearMonth.parse(date);
                return date;
            }
            if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate.parse(date);
                return date;
            }
        } catch (DateTimeException e) {
            throw new ImportRefusedException("header date '" + abbreviate(date) + "' is not a real date");
        }
        throw new ImportRefusedException("header date '" + abbreviate(date) + "' must be YYYY, YYYY-MM or YYYY-MM-DD");
    }

    /** A BCP 47 language code such as fr, en or pt-BR, in lower case; null stays null. */
    public static String checkLanguage(String language) throws ImportRefusedException {
        if (language == null) {
            return null;
        }
        if (!language.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*")) {
            throw new ImportRefusedException("header language '" + abbreviate(language)
                    + "' is not a language code such as fr or en");
        }
        return language.toLowerCase();
    }

    /** An absolute http or https address; null stays null. */
    public static String checkUrl(String url) throws ImportRefusedException {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new ImportRefusedException("header url '" + abbreviate(url) + "' is not an http or https address");
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
