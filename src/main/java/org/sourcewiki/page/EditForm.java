package org.sourcewiki.page;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sourcewiki.config.LanguageTags;
import org.sourcewiki.source.ImportRefusedException;
import org.sourcewiki.source.SourceHeader;
import org.sourcewiki.claim.Claim;
import org.sourcewiki.claim.ClaimDate;
import org.sourcewiki.claim.ClaimLine;

/** The edit form as submitted, with its checks; it knows nothing of HTTP, only of named values. */
public record EditForm(String title, String kind, String body, String summary, String baseRevision,
                       Map<String, String> rawFields) {

    public static final int MAX_BODY_CHARS = 500_000;
    /**
     * The page's language (a BCP 47 tag, RFC 5646), a field of every kind, stored with the other fields; absent when
     * the page is in the wiki's language (WIKI_LANGUAGE). Pages render their title and text with it as lang=.
     */
    public static final String LANGUAGE = "language";

    /** The same form based on another revision: the one the editor chose to replace on the conflict page. */
    public EditForm withBase(String revision) {
        return new EditForm(title, kind, body, summary, revision, rawFields);
    }

    public static EditForm read(Function<String, String> param) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (PageKind kind : PageKind.values()) {
            for (String field : kind.fields()) {
                String value = param.apply(field);
                if (value != null) {
                    raw.put(field, nfc(value.replace("\r\n", "\n").replace('\r', '\n')));
                }
            }
        }
        String language = param.apply(LANGUAGE);
        if (language != null) {
            raw.put(LANGUAGE, language.strip());
        }
        return new EditForm(nfc(orEmpty(param.apply("title"))), orEmpty(param.apply("kind")),
                PageContent.trimEdges(nfc(orEmpty(param.apply("body")).replace("\r\n", "\n").replace('\r', '\n'))),
                nfc(orEmpty(param.apply("summary"))).strip(), orEmpty(param.apply("base_revision")).strip(), raw);
    }

    /** Page text is stored in Unicode NFC, as source text is, so that quotes match canonically equal words. */
    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Whether a text holds a control character other than tab and line endings (U+0000 to U+001F, U+007F to
     * U+009F): they are refused, as the importer refuses them in sources; they must never reach the search index.
     * Carriage returns are line endings (browsers send CR LF from text areas, RFC 7578 and HTML's form encoding).
     */
    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }

    public String normalisedTitle() {
        return Titles.normalise(title);
    }

    /** The base revision the edit started from, or null for a new page; -1 when it is not a number. */
    public Long baseRevisionId() {
        if (baseRevision.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(baseRevision);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    /** Message keys of everything wrong with the form, with the field each concerns. */
    public List<FieldError> problems() {
        List<FieldError> problems = new ArrayList<>();
        Titles.problem(normalisedTitle()).ifPresent(key -> problems.add(new FieldError("title", key)));
        PageKind pageKind = PageKind.fromCode(kind);
        if (pageKind == null) {
            problems.add(new FieldError("kind", "edit.kindInvalid"));
        }
        if (hasControlCharacter(body)) {
            problems.add(new FieldError("body", "edit.controlCharacters"));
        }
        if (hasControlCharacter(summary)) {
            problems.add(new FieldError("summary", "edit.controlCharacters"));
        }
        rawFields.forEach((name, value) -> {
            if (hasControlCharacter(value)) {
                problems.add(new FieldError(name, "edit.controlCharacters"));
            }
        });
        if (body.length() > MAX_BODY_CHARS) {
            problems.add(new FieldError("body", "edit.bodyTooLong"));
        }
        if (summary.length() > 500) {
            problems.add(new FieldError("summary", "edit.summaryTooLong"));
        }
        if (baseRevisionId() != null && baseRevisionId() < 0) {
            problems.add(new FieldError("base_revision", "edit.baseInvalid"));
        }
        if (pageKind == null) {
            return problems;
        }
        // A field typed under another kind would be dropped on save: refuse it by name instead, text kept.
        rawFields.forEach((name, value) -> {
            if (!value.isBlank() && !pageKind.fields().contains(name) && !LANGUAGE.equals(name)) {
                problems.add(new FieldError(name, "edit.fieldOfOtherKind", name));
            }
        });
        Map<String, Object> fields = fields();
        if (fields.containsKey(LANGUAGE) && !LanguageTags.isValid((String) fields.get(LANGUAGE))) {
            problems.add(new FieldError(LANGUAGE, "edit.languageInvalid"));
        }
        if (pageKind == PageKind.ACTOR && fields.containsKey("subtype")
                && !PageKind.ACTOR_SUBTYPES.contains(fields.get("subtype"))) {
            problems.add(new FieldError("subtype", "edit.subtypeInvalid"));
        }
        for (String name : pageKind.fields()) {
            if (PageKind.CLAIM_FIELDS.contains(name) && !hasControlCharacter(rawFields.getOrDefault(name, ""))) {
                problems.addAll(claimProblems(name, rawFields.getOrDefault(name, "")));
            }
        }
        return problems;
    }

    /** The fields of the chosen kind, trimmed; empty ones left out; one-per-line fields as lists. */
    public Map<String, Object> fields() {
        PageKind pageKind = PageKind.fromCode(kind);
        Map<String, Object> fields = new LinkedHashMap<>();
        if (pageKind == null) {
            return fields;
        }
        for (String name : pageKind.fields()) {
            String value = rawFields.getOrDefault(name, "");
            if (!PageKind.CLAIM_FIELDS.contains(name)) {
                if (!value.strip().isEmpty()) {
                    fields.put(name, value.strip());
                }
                continue;
            }
            List<String> items = new ArrayList<>();
            for (String line : value.split("\\R")) {
                String item = storedLine(name, line);
                if (!item.isEmpty() && !items.contains(item)) {
                    items.add(item);
                }
            }
            Object stored = stored(name, items);
            if (stored != null) {
                fields.put(name, stored);
            }
        }
        String language = rawFields.getOrDefault(LANGUAGE, "").strip();
        if (!language.isEmpty()) {
            fields.put(LANGUAGE, language);
        }
        return fields;
    }

    /**
     * How a claim field's lines are stored: a list for one-per-line fields and for several values, a String for one
     * value (as every field was stored before claims, so old revisions and new compare equal), null for none.
     */
    static Object stored(String field, List<String> lines) {
        if (lines.isEmpty()) {
            return null;
        }
        return PageKind.LIST_FIELDS.contains(field) || lines.size() > 1 ? List.copyOf(lines) : lines.get(0);
    }

    /**
     * A line as stored: a claim in its canonical form ({@link ClaimLine#write}), a page title in its normal form; a
     * line that does not parse is kept as typed (the save is refused with the reason, the text kept).
     */
    static String storedLine(String field, String line) {
        if (line.isBlank()) {
            return "";
        }
        try {
            Claim claim = ClaimLine.parse(line);
            if (PageKind.TITLE_FIELDS.contains(field)) {
                claim = new Claim(Titles.normalise(claim.value()), claim.citations(), claim.refs(), claim.point(),
                        claim.start(), claim.end(), claim.rank(), claim.reason());
            }
            return ClaimLine.write(claim);
        } catch (ClaimLine.SyntaxError e) {
            return PageKind.TITLE_FIELDS.contains(field) ? Titles.normalise(line) : line.strip();
        }
    }

    /**
     * What is wrong with each line of a claim field, naming the line (1-based, counting the lines as typed): its
     * syntax, a date that is not a date (date fields), a value that is not a page title (title fields). Citations are
     * checked against the sources when saving, as the body's are.
     */
    static List<FieldError> claimProblems(String field, String raw) {
        List<FieldError> problems = new ArrayList<>();
        String[] lines = raw.split("\\R", -1);
        for (int n = 0; n < lines.length; n++) {
            if (lines[n].isBlank()) {
                continue;
            }
            Claim claim;
            try {
                claim = ClaimLine.parse(lines[n]);
            } catch (ClaimLine.SyntaxError e) {
                problems.add(new FieldError(field, "claim.syntax", e.getMessage(), n + 1));
                continue;
            }
            if (PageKind.DATE_FIELDS.contains(field)) {
                try {
                    ClaimDate.parse(claim.value());
                } catch (ClaimDate.InvalidDate e) {
                    problems.add(new FieldError(field, "edit.dateInvalid", e.getMessage(), n + 1));
                }
            }
            if (PageKind.TITLE_FIELDS.contains(field) && !Titles.isValid(Titles.normalise(claim.value()))) {
                problems.add(new FieldError(field, "edit.fieldTitleInvalid", claim.value(), n + 1));
            }
        }
        return problems;
    }

    public PageContent content() {
        return new PageContent(normalisedTitle(), kind, fields(), body);
    }

    /**
     * A problem with one field; detail, when present, names what is wrong (such as the citation); line, when not 0,
     * is the line of a one-value-per-line field at fault (1-based).
     */
    public record FieldError(String field, String messageKey, String detail, int line) {
        public FieldError(String field, String messageKey) {
            this(field, messageKey, null, 0);
        }

        public FieldError(String field, String messageKey, String detail) {
            this(field, messageKey, detail, 0);
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
