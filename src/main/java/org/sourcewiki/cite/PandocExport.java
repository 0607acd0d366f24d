package org.sourcewiki.cite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourcewiki.citation.CitationRef;
import org.sourcewiki.citation.CitationSyntax;
import org.sourcewiki.page.Titles;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A page revision as Pandoc Markdown (pandoc 2.11 or newer, the manual's "Citations" section), so that
 * {@code pandoc --citeproc export.md -o report.html} renders it with a bibliography of its sources:
 * <ul>
 * <li>YAML front matter: title, date (the revision's UTC day), url (the permalink), and {@code references:} with
 * the CSL item of every cited source (pandoc reads YAML string values as Markdown, so they are escaped);</li>
 * <li>[[Title]] and [[Title|label]] become links to absolute addresses;</li>
 * <li>[@source#p7 "words"] becomes the Pandoc citation [@source, para. 7: “words”] (locator "para.", the quote kept
 * as the citation's suffix), several citations in one bracket separated by ";";</li>
 * <li>everything else is kept, except that characters Pandoc would read differently from the wiki ("@" that could
 * start a citation, "<" that could start raw HTML, which the wiki never renders) are escaped; code is kept as is.</li>
 * </ul>
 * Pure: the caller gives the body and the CSL items.
 */
public final class PandocExport {
    private final String publicUrl;

    public PandocExport(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    /**
     * @param sources the CSL items of the sources the revision cites, in order of first citation; their ids are the
     *                keys the body's citations are turned into ({@link CitationKeys#source})
     */
    public String markdown(String title, PartialDate date, String permalink, String author, String body, List<CiteItem> sources) {
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("title", escapeMarkdown(title));
        if (author != null) {
            front.put("author", escapeMarkdown(author));
        }
        front.put("date", date.iso());
        // Pandoc reads YAML strings as Markdown: the permalink holds only letters, digits, - . _ % ? = (CiteItems).
        front.put("url", permalink);
        List<Map<String, Object>> references = new ArrayList<>();
        for (CiteItem source : sources) {
            references.add(yamlItem(source));
        }
        if (!references.isEmpty()) {
            front.put("references", references);
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        String yaml = new Yaml(options).dump(front);
        return "---\n" + yaml + "---\n\n" + body(body == null ? "" : body);
    }

    /** A CSL item for YAML: the CSL-JSON shape, with every free-text value escaped for Pandoc's Markdown. */
    static Map<String, Object> yamlItem(CiteItem item) {
        Map<String, Object> json = new LinkedHashMap<>(CslJson.item(item));
        for (String field : List.of("title", "container-title", "note")) {
            json.computeIfPresent(field, (name, value) -> escapeMarkdown((String) value));
        }
        if (item.author() != null) {
            json.put("author", item.authors().stream().map(name -> Map.of("literal", escapeMarkdown(name))).toList());
        }
        return json;
    }

    /** The body, line by line: fenced code blocks are copied as they are, other lines converted. */
    String body(String body) {
        StringBuilder out = new StringBuilder();
        String fence = null;
        for (String line : body.split("\n", -1)) {
            String stripped = line.stripLeading();
            if (fence == null && (stripped.startsWith("```") || stripped.startsWith("~~~"))) {
                fence = stripped.substring(0, 3);
                out.append(safeFence(line, fence));
            } else if (fence != null) {
                if (stripped.startsWith(fence)) {
                    fence = null;
                }
                out.append(line);
            } else {
                out.append(inline(line));
            }
            out.append('\n');
        }
        return out.toString().replaceAll("\n+$", "\n");
    }

    /**
     * An opening fence as Pandoc must read it: an info string in braces ({=html}, {.class}) is Pandoc's raw or
     * attribute syntax, which the wiki shows as code; the braces go, so the block stays code in the report too.
     */
    static String safeFence(String line, String fence) {
        int at = line.indexOf(fence);
        int end = at;
        while (end < line.length() && line.charAt(end) == fence.charAt(0)) {
            end++;
        }
        String info = line.substring(end).strip();
        if (!info.startsWith("{")) {
            return line;
        }
        String word = info.replaceAll("[{}=.#\\s]+", " ").strip().split(" ")[0];
        return line.substring(0, end) + (word.matches("[A-Za-z0-9_+-]+") ? word : "");
    }

    private String inline(String line) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '`') {
                int run = i;
                while (run < line.length() && line.charAt(run) == '`') {
                    run++;
                }
                String ticks = line.substring(i, run);
                int close = line.indexOf(ticks, run);
                if (close >= 0) {
                    out.append(line, i, close + ticks.length());
                    i = close + ticks.length();
                    if (i < line.length() && line.charAt(i) == '{') {
                        // `code`{=html} is raw HTML to Pandoc: the wiki shows it as code and text, so must the report.
                        out.append('\\');
                    }
                    continue;
                }
                out.append(ticks);
                i = run;
                continue;
            }
            if (c == '\\' && i + 1 < line.length()) {
                out.append(line, i, i + 2);
                i += 2;
                continue;
            }
            if (c == '<') {
                int close = line.indexOf('>', i);
                if (close > 0 && line.substring(i + 1, close).matches("(?i)(https?|mailto):[^\\s<>]*")) {
                    out.append(line, i, close + 1);
                    i = close + 1;
                } else {
                    out.append("\\<");
                    i++;
                }
                continue;
            }
            if (line.startsWith("[[", i)) {
                int close = line.indexOf("]]", i + 2);
                if (close > 0) {
                    String inner = line.substring(i + 2, close);
                    int bar = inner.indexOf('|');
                    String target = Titles.normalise(bar < 0 ? inner : inner.substring(0, bar));
                    if (Titles.isValid(target) && inner.indexOf('[') < 0) {
                        String label = bar < 0 ? target : inner.substring(bar + 1).strip();
                        out.append('[').append(escapeMarkdown(label.isEmpty() ? target : label)).append("](")
                                .append(publicUrl).append(Titles.path(target)).append(')');
                        i = close + 2;
                        continue;
                    }
                }
            }
            if (c == '[' && line.substring(i + 1).stripLeading().startsWith("@")) {
                int converted = citation(line, i, out);
                if (converted > i) {
                    i = converted;
                    continue;
                }
            }
            if (c == '@' && (i == 0 || !Character.isLetterOrDigit(line.charAt(i - 1)))) {
                out.append("\\@");
                i++;
                continue;
            }
            // Pandoc's Markdown reads $…$ as TeX math and ^…^, ~…~ as super- and subscripts; the wiki shows them as
            // typed. A doubled ~~ is strikethrough in both, so it stays.
            if (c == '$' || c == '^' || (c == '~' && !line.startsWith("~~", i) && (i == 0 || line.charAt(i - 1) != '~'))) {
                out.append('\\').append(c);
                i++;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** Converts the citation bracket opening at start; returns the index after it, or start when it is not one. */
    private int citation(String line, int start, StringBuilder out) {
        int close = line.indexOf(']', start);
        while (close > 0) {
            try {
                List<CitationRef> refs = CitationSyntax.parse(line.substring(start + 1, close));
                List<String> cites = new ArrayList<>();
                for (CitationRef ref : refs) {
                    // The locator in braces: digits in the quote that follows must not be read as more paragraphs.
                    String cite = "@" + CitationKeys.source(ref.sourceSlug()) + ", {para. " + ref.passage() + "}";
                    if (ref.quote() != null) {
                        cite += ": “" + escapeMarkdown(ref.quote()) + "”";
                    }
                    cites.add(cite);
                }
                out.append('[').append(String.join("; ", cites)).append(']');
                return close + 1;
            } catch (CitationSyntax.SyntaxException notYet) {
                close = line.indexOf(']', close + 1);
            }
        }
        return start;
    }

    /** Text that Pandoc's Markdown reads back unchanged: ASCII punctuation with a meaning is backslash-escaped. */
    public static String escapeMarkdown(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_{}[]<>#@~^$|\"'".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' ? ' ' : c);
        }
        return out.toString();
    }
}
