package org.sourcewiki.revision;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-level differences of two texts as escaped HTML, removed words in del and added words in ins. */
public final class WordDiff {
    private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}\\p{M}_'’-]+|.", Pattern.DOTALL);

    private WordDiff() {
    }

    /** Unbounded: for short texts; page bodies go through {@link BodyDiff}, which bounds the work. */
    public static String html(String before, String after) {
        return html(tokens(before), tokens(after));
    }

    static String html(List<String> old, List<String> now) {
        StringBuilder out = new StringBuilder();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            int start = delta.getSource().getPosition();
            appendEscaped(out, old.subList(position, start));
            if (!delta.getSource().getLines().isEmpty()) {
                out.append("<del>");
                appendEscaped(out, delta.getSource().getLines());
                out.append("</del>");
            }
            if (!delta.getTarget().getLines().isEmpty()) {
                out.append("<ins>");
                appendEscaped(out, delta.getTarget().getLines());
                out.append("</ins>");
            }
            position = start + delta.getSource().size();
        }
        appendEscaped(out, old.subList(position, old.size()));
        return out.toString();
    }


    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    static void appendEscaped(StringBuilder out, List<String> tokens) {
        for (String token : tokens) {
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                switch (c) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '&' -> out.append("&amp;");
                    case '"' -> out.append("&quot;");
                    default -> out.append(c);
                }
            }
        }
    }
}
