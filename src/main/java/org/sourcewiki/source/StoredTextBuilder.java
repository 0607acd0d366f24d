package org.sourcewiki.source;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds the stored text of a structured document (HTML, PDF, DOCX, ODT) block by block: each block becomes one
 * passage, blocks are separated by a blank line, and each span's offsets count code points of the stored text.
 * Block text is normalised the way plain text is (NFC, {@code \n} line ends); control characters other than line
 * breaks and tabs become spaces, and white space at both ends is trimmed. Blank blocks are skipped.
 */
final class StoredTextBuilder {
    private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*\\n[ \\t]*");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{2,}");

    private final StringBuilder text = new StringBuilder();
    private final List<TextSpan> spans = new ArrayList<>();
    private int codePoints;

    void add(PassageForm form, String blockText, BlockContext context) {
        String clean = clean(blockText);
        if (clean.isEmpty()) {
            return;
        }
        if (!spans.isEmpty()) {
            text.append("\n\n");
            codePoints += 2;
        }
        int start = codePoints;
        text.append(clean);
        codePoints += clean.codePointCount(0, clean.length());
        spans.add(new TextSpan(form, start, codePoints, clean, context));
    }

    static String clean(String raw) {
        String unified = raw.indexOf('\r') < 0 ? raw : raw.replace("\r\n", "\n").replace('\r', '\n');
        if (!Normalizer.isNormalized(unified, Normalizer.Form.NFC)) {
            unified = Normalizer.normalize(unified, Normalizer.Form.NFC);
        }
        StringBuilder out = new StringBuilder(unified.length());
        unified.codePoints().forEach(c -> {
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                out.appendCodePoint(c);
            } else {
                out.append(' ');
            }
        });
        String cleaned = out.indexOf("\n") < 0 ? out.toString()
                : BLANK_LINES.matcher(LINE_BREAK.matcher(out).replaceAll("\n")).replaceAll("\n");
        int start = 0;
        int end = cleaned.length();
        while (start < end && TextDecoder.isSpace(cleaned.codePointAt(start))) {
            start += Character.charCount(cleaned.codePointAt(start));
        }
        while (end > start && TextDecoder.isSpace(cleaned.codePointBefore(end))) {
            end -= Character.charCount(cleaned.codePointBefore(end));
        }
        return cleaned.substring(start, end);
    }

    boolean isEmpty() {
        return spans.isEmpty();
    }

    String text() {
        return text.toString();
    }

    List<TextSpan> spans() {
        return List.copyOf(spans);
    }
}
