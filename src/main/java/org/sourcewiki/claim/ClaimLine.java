package org.sourcewiki.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcewiki.citation.CitationRef;
import org.sourcewiki.citation.CitationSyntax;

/**
 * The one-line syntax of a field value, as typed in the edit form (one value per line):
 *
 * <pre>
 * VALUE [@source#pN "exact words"] [@other#pM] {QUALIFIER} {RANK}
 * </pre>
 *
 * The value comes first and runs to the first citation bracket or "{" (write {@code \{} or {@code \[} for the
 * characters themselves). Then, in any order, separated by spaces: citation brackets, read by
 * {@link CitationSyntax} exactly as in a page body, and braces holding either a time qualifier or a rank:
 * <ul>
 *   <li>{@code {2025-04-02}} or {@code {on 2025-04-02}} (French {@code le}, {@code en}): a point in time;</li>
 *   <li>{@code {since 2021-05}} ({@code from}, {@code start}, French {@code depuis}, {@code début}): a start;</li>
 *   <li>{@code {until 2024}} ({@code to}, {@code end}, French {@code jusqu'à}, {@code jusqu'au}, {@code fin}): an end;</li>
 *   <li>{@code {2025-04-01/2025-04-05}}: a start and an end (ISO 8601 interval);</li>
 *   <li>{@code {preferred}} ({@code préféré}), {@code {normal}}, {@code {deprecated: reason}} ({@code déprécié},
 *       {@code obsolète}); a reason may follow any rank after a colon and is required for deprecated.</li>
 * </ul>
 * Dates are {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} ({@link ClaimDate}). A line that is only a value
 * (every field written before claims existed) is one value without citation, qualifier or rank. Pure: no database.
 */
public final class ClaimLine {
    private static final Pattern KEYWORD = Pattern.compile("(?iu)^(since|from|start|depuis|début|debut|until|to|end|jusqu['’]à|jusqu['’]au|fin|on|at|le|en)\\s+(.+)$");
    private static final Pattern RANK = Pattern.compile("(?iu)^(preferred|préféré|prefere|normal|deprecated|déprécié|deprecie|obsolète|obsolete)\\s*(?::\\s*(.*))?$");

    private ClaimLine() {
    }

    /** Why a line cannot be read, in plain English, naming the part at fault. */
    public static final class SyntaxError extends Exception {
        public SyntaxError(String message) {
            super(message);
        }
    }

    /** Reads one line; see the class comment for the syntax. */
    public static Claim parse(String line) throws SyntaxError {
        String text = line.strip();
        StringBuilder value = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && "{}[".indexOf(text.charAt(i + 1)) >= 0) {
                value.append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '{' || CitationSyntax.startsAt(text, i)) {
                break;
            }
            value.append(c);
            i++;
        }
        String written = value.toString().strip();
        if (written.isEmpty()) {
            throw new SyntaxError("the line has no value before its citations or braces");
        }
        List<String> citations = new ArrayList<>();
        List<CitationRef> refs = new ArrayList<>();
        ClaimDate point = null;
        ClaimDate start = null;
        ClaimDate end = null;
        Claim.Rank rank = null;
        String reason = null;
        while (true) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= text.length()) {
                break;
            }
            if (CitationSyntax.startsAt(text, i)) {
                CitationSyntax.Found found = CitationSyntax.read(text, i);
                String raw = text.substring(found.start(), found.end());
                if (found.error() != null) {
                    throw new SyntaxError(raw + ": " + found.error());
                }
                citations.add(raw);
                refs.addAll(found.refs());
                i = found.end();
                continue;
            }
            if (text.charAt(i) != '{') {
                throw new SyntaxError("unexpected “" + shorten(text.substring(i)) + "” after the value: write citations [@source#pN \"words\"] and {qualifiers} after it, or \\{ and \\[ inside it");
            }
            int close = text.indexOf('}', i + 1);
            if (close < 0) {
                throw new SyntaxError("the brace “" + shorten(text.substring(i)) + "” is not closed by }");
            }
            String inner = text.substring(i + 1, close).strip();
            i = close + 1;
            Matcher rankMatch = RANK.matcher(inner);
            if (rankMatch.matches()) {
                if (rank != null) {
                    throw new SyntaxError("two ranks: {" + inner + "}; a value has one rank");
                }
                rank = rankOf(rankMatch.group(1));
                reason = rankMatch.group(2) == null || rankMatch.group(2).isBlank() ? null : rankMatch.group(2).strip();
                continue;
            }
            Matcher keyword = KEYWORD.matcher(inner);
            String kind = keyword.matches() ? keyword.group(1).toLowerCase(Locale.ROOT).replace('’', '\'') : "";
            String dateText = keyword.matches() ? keyword.group(2) : inner;
            ClaimDate date;
            try {
                date = ClaimDate.parse(dateText);
            } catch (ClaimDate.InvalidDate e) {
                if (keyword.matches() || inner.matches("\\d{4}([-/].*)?")) {
                    // Meant as a date: say what is wrong with it.
                    throw new SyntaxError("{" + inner + "}: " + e.getMessage());
                }
                throw new SyntaxError("{" + inner + "} is neither a date nor a rank: write {2025-04-02}, {since 2021-05}, {until 2024}, {2025-04-01/2025-04-05}, {preferred}, {normal} or {deprecated: reason}");
            }
            switch (kind) {
                case "since", "from", "start", "depuis", "début", "debut" -> {
                    if (start != null) {
                        throw new SyntaxError("two starts: {" + inner + "}");
                    }
                    start = date;
                }
                case "until", "to", "end", "jusqu'à", "jusqu'au", "fin" -> {
                    if (end != null) {
                        throw new SyntaxError("two ends: {" + inner + "}");
                    }
                    end = date;
                }
                default -> {
                    if (!kind.isEmpty() && dateText.contains("/")) {
                        throw new SyntaxError("{" + inner + "}: an interval needs no word before it");
                    }
                    if (dateText.contains("/")) {
                        int slash = date.text().indexOf('/');
                        if (start != null || end != null) {
                            throw new SyntaxError("{" + inner + "}: the value already has a start or an end");
                        }
                        try {
                            start = ClaimDate.parse(date.text().substring(0, slash));
                            end = ClaimDate.parse(date.text().substring(slash + 1));
                        } catch (ClaimDate.InvalidDate e) {
                            throw new SyntaxError("{" + inner + "}: " + e.getMessage());
                        }
                    } else {
                        if (point != null) {
                            throw new SyntaxError("two points in time: {" + inner + "}");
                        }
                        point = date;
                    }
                }
            }
        }
        if (point != null && (start != null || end != null)) {
            throw new SyntaxError("a value has a point in time, or a start and an end, not both");
        }
        if (start != null && end != null && end.last().isBefore(start.first())) {
            throw new SyntaxError("the value ends (" + end.text() + ") before it starts (" + start.text() + ")");
        }
        if (rank == Claim.Rank.DEPRECATED && reason == null) {
            throw new SyntaxError("a deprecated value needs a reason: {deprecated: why}");
        }
        return new Claim(written, List.copyOf(citations), List.copyOf(refs), point, start, end,
                rank == null ? Claim.Rank.NORMAL : rank, reason);
    }

    /**
     * Reads a line that may have been written before claims existed, or stored by an older version: a line that
     * does not parse is one plain value, so every stored revision can still be shown.
     */
    public static Claim lenient(String line) {
        try {
            return parse(line);
        } catch (SyntaxError e) {
            return Claim.plain(line.strip());
        }
    }

    /**
     * The canonical line of a claim: the value (braces and citation brackets in it escaped), its citations as
     * written, then the qualifier and the rank, in English. {@code parse(write(c))} gives c back.
     */
    public static String write(Claim claim) {
        StringBuilder line = new StringBuilder(escape(claim.value()));
        for (String citation : claim.citations()) {
            line.append(' ').append(citation);
        }
        if (claim.point() != null) {
            line.append(" {").append(claim.point().text()).append('}');
        } else if (claim.start() != null && claim.end() != null) {
            line.append(" {").append(claim.start().text()).append('/').append(claim.end().text()).append('}');
        } else if (claim.start() != null) {
            line.append(" {since ").append(claim.start().text()).append('}');
        } else if (claim.end() != null) {
            line.append(" {until ").append(claim.end().text()).append('}');
        }
        if (claim.rank() != Claim.Rank.NORMAL || claim.reason() != null) {
            line.append(" {").append(claim.rank().code());
            if (claim.reason() != null) {
                line.append(": ").append(claim.reason());
            }
            line.append('}');
        }
        return line.toString();
    }

    /** A value as a line would hold it: "{" and a citation-like "[" escaped with a backslash. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '{' || c == '}' || CitationSyntax.startsAt(value, i)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static Claim.Rank rankOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("pr")) {
            return Claim.Rank.PREFERRED;
        }
        return w.equals("normal") ? Claim.Rank.NORMAL : Claim.Rank.DEPRECATED;
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
