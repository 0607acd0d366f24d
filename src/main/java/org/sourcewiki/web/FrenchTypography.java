package org.sourcewiki.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French typography on a rendered HTML page, as the Imprimerie nationale's "Lexique des règles typographiques" and
 * Unicode's recommendation (U+202F NARROW NO-BREAK SPACE, UAX #14 class GL) have it: a narrow no-break space inside
 * « » and in place of the space before : ; ! ?, and between the groups of digits of a number ("5 000"), so that
 * none of them ever breaks from its word.
 *
 * <p>Only text between tags is touched, never attributes (addresses, datetime values) nor character references;
 * never text inside code, pre, textarea, script or style, nor text in another language than French (an element
 * whose lang is not fr*), nor a source's own words (quotations q, passages, snippets, citation keys, formatted
 * references: they are shown as the source or the citation style wrote them). Stored text is never changed: this
 * runs on the page as it is sent, so quotes are still matched against the text as typed.
 */
public final class FrenchTypography {
    private static final char NNBSP = '\u202F';
    private static final Pattern TAG = Pattern.compile("<!--.*?-->|<[^>]*>", Pattern.DOTALL);
    private static final Pattern TAG_NAME = Pattern.compile("^</?\\s*([a-zA-Z][a-zA-Z0-9-]*)");
    private static final Pattern LANG = Pattern.compile("\\slang\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern CLASS = Pattern.compile("\\sclass\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern ENTITY = Pattern.compile("&[#a-zA-Z0-9]+;");
    private static final Set<String> VERBATIM_ELEMENTS = Set.of("code", "pre", "textarea", "script", "style", "kbd",
            "samp", "q", "output");
    private static final Set<String> VERBATIM_CLASSES = Set.of("passage-text", "snippet", "citation-key",
            "cite-reference", "opening-words", "reference-source", "digest", "current-text", "diff-body");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "source", "track", "wbr");
    private static final Pattern OPENING_GUILLEMET = Pattern.compile("«[ \u00A0\u202F]*(?=\\S)");
    private static final Pattern CLOSING_GUILLEMET = Pattern.compile("(?<=\\S)[ \u00A0\u202F]*»");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("(?<=\\S)[ \u00A0]+(?=[:;!?](?:\\s|$|[»)\\]]))");
    private static final Pattern DIGIT_GROUPS = Pattern.compile("(?<=\\d)[ \u00A0](?=\\d{3}(?!\\d))");

    private FrenchTypography() {
    }

    /** The page with French typography in its French text; html as the templates render it. */
    public static String apply(String html) {
        StringBuilder out = new StringBuilder(html.length() + 256);
        // Each open element: whether text inside it is left alone.
        Deque<String> names = new ArrayDeque<>();
        Deque<Boolean> verbatim = new ArrayDeque<>();
        Matcher tag = TAG.matcher(html);
        int at = 0;
        while (tag.find()) {
            boolean skip = !verbatim.isEmpty() && verbatim.peek();
            out.append(skip ? html.substring(at, tag.start()) : text(html.substring(at, tag.start())));
            String token = tag.group();
            out.append(token);
            at = tag.end();
            Matcher name = TAG_NAME.matcher(token);
            if (token.startsWith("<!") || !name.find()) {
                continue;
            }
            String element = name.group(1).toLowerCase(Locale.ROOT);
            if (token.startsWith("</")) {
                if (names.contains(element)) {
                    while (!names.isEmpty()) {
                        verbatim.pop();
                        if (names.pop().equals(element)) {
                            break;
                        }
                    }
                }
                continue;
            }
            if (VOID.contains(element) || token.endsWith("/>")) {
                continue;
            }
            names.push(element);
            verbatim.push(skip || verbatim(element, token));
        }
        boolean skip = !verbatim.isEmpty() && verbatim.peek();
        out.append(skip ? html.substring(at) : text(html.substring(at)));
        return out.toString();
    }

    private static boolean verbatim(String element, String tag) {
        if (VERBATIM_ELEMENTS.contains(element)) {
            return true;
        }
        Matcher lang = LANG.matcher(tag);
        if (lang.find() && !lang.group(1).toLowerCase(Locale.ROOT).startsWith("fr")) {
            return true;
        }
        Matcher classes = CLASS.matcher(tag);
        if (classes.find()) {
            for (String name : classes.group(1).split("\\s+")) {
                if (VERBATIM_CLASSES.contains(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** French spacing in one run of text, leaving character references as they are. */
    static String text(String text) {
        if (text.isEmpty() || text.isBlank()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        Matcher entity = ENTITY.matcher(text);
        int at = 0;
        while (entity.find()) {
            out.append(spaced(text.substring(at, entity.start())));
            out.append(entity.group());
            at = entity.end();
        }
        out.append(spaced(text.substring(at)));
        return out.toString();
    }

    /** The rules on plain characters. */
    public static String spaced(String text) {
        if (text.isEmpty()) {
            return text;
        }
        String result = OPENING_GUILLEMET.matcher(text).replaceAll("«" + NNBSP);
        result = CLOSING_GUILLEMET.matcher(result).replaceAll(NNBSP + "»");
        result = SPACE_BEFORE_PUNCTUATION.matcher(result).replaceAll(String.valueOf(NNBSP));
        return DIGIT_GROUPS.matcher(result).replaceAll(String.valueOf(NNBSP));
    }
}
