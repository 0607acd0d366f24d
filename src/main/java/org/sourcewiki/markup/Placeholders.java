package org.sourcewiki.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcewiki.citation.CitationSyntax;

/**
 * Citations are found in the raw body before CommonMark reads it, and each is replaced by a placeholder that
 * CommonMark treats as an ordinary word (two private-use characters around its index). So no Markdown construct can
 * swallow a citation: not a link reference definition ("[@a#p4]: https://…"), a link label, a wiki-link label, nor
 * square brackets inside a quote. Citations that start inside code are left alone: code is literal text.
 */
final class Placeholders {
    static final char OPEN = '\uE000';
    static final char CLOSE = '\uE001';
    private static final Pattern PLACEHOLDER = Pattern.compile(OPEN + "(\\d{1,7})" + CLOSE);

    private final String prepared;
    private final List<CitationSyntax.Found> citations;
    private final String original;

    private Placeholders(String original, String prepared, List<CitationSyntax.Found> citations) {
        this.original = original;
        this.prepared = prepared;
        this.citations = citations;
    }

    /** The body with each citation outside code replaced by its placeholder. */
    static Placeholders of(String body, boolean[] code) {
        List<CitationSyntax.Found> found = CitationSyntax.findAll(body, code);
        StringBuilder out = new StringBuilder(body.length());
        int at = 0;
        for (int i = 0; i < found.size(); i++) {
            CitationSyntax.Found citation = found.get(i);
            out.append(body, at, citation.start()).append(OPEN).append(i).append(CLOSE);
            at = citation.end();
        }
        out.append(body, at, body.length());
        return new Placeholders(body, out.toString(), List.copyOf(found));
    }

    String prepared() {
        return prepared;
    }

    int count() {
        return citations.size();
    }

    CitationSyntax.Found citation(int index) {
        return citations.get(index);
    }

    String raw(int index) {
        CitationSyntax.Found found = citations.get(index);
        return original.substring(found.start(), found.end());
    }

    static boolean contains(String text) {
        return text != null && text.indexOf(OPEN) >= 0 && PLACEHOLDER.matcher(text).find();
    }

    /** Text with every placeholder put back as the citation was written; each index restored is reported. */
    String restore(String text, IntConsumer restored) {
        if (text == null || text.indexOf(OPEN) < 0) {
            return text;
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int index = Integer.parseInt(matcher.group(1));
            if (index < citations.size()) {
                restored.accept(index);
                matcher.appendReplacement(out, Matcher.quoteReplacement(raw(index)));
            } else {
                matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group()));
            }
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** A text cut at its placeholders: strings, and Integer indexes where citations stand. */
    List<Object> split(String text) {
        List<Object> parts = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        int at = 0;
        while (matcher.find()) {
            int index = Integer.parseInt(matcher.group(1));
            if (index >= citations.size()) {
                continue;
            }
            parts.add(text.substring(at, matcher.start()));
            parts.add(index);
            at = matcher.end();
        }
        parts.add(text.substring(at));
        return parts;
    }
}
