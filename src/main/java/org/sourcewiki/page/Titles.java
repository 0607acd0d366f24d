package org.sourcewiki.page;

import java.text.Normalizer;
import java.util.Optional;

/**
 * Page titles and their slugs. A slug is the title with spaces as underscores (so "_" and " " are the same, as
 * in MediaWiki); case, accents and every script are kept. The characters refused are those that URLs, the
 * markup or Jetty's path checks would misread.
 */
public final class Titles {
    public static final int MAX_LENGTH = 255;
    private static final String FORBIDDEN = "/?#%;\\<>[]{}|";

    private Titles() {
    }

    /**
     * NFC; underscores and every Unicode space (Zs, Zl, Zp and the white space controls) made spaces, runs of them
     * one space, trimmed; invisible characters removed: format characters (Cf: directional marks and embeddings,
     * soft hyphen, zero-width space, word joiner, byte-order mark…) and the other default-ignorable code points
     * (variation selectors, Hangul fillers, combining grapheme joiner), as MediaWiki strips directional marks. Zero
     * width joiner and non-joiner are kept only between characters of scripts where they change how a word is
     * written (Arabic, Indic scripts…) and in emoji sequences. So no two titles that read the same are different
     * pages. Source: Unicode 15 DerivedCoreProperties.txt (Default_Ignorable_Code_Point).
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        int[] points = nfc.codePoints().toArray();
        for (int i = 0; i < points.length; i++) {
            int c = points[i];
            // U+2800 (Braille blank) is not a Unicode space, but shows as one.
            if (c == '_' || Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x2800) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (!invisible(points, i)) {
                out.appendCodePoint(c);
            }
        }
        return out.toString().strip();
    }

    /**
     * The text without its invisible characters, by the rule of {@link #normalise} (default-ignorable code points;
     * zero-width joiners kept only where they change how a word is written), and nothing else changed: for text that
     * is not a title (a source's publisher or author), where spaces and underscores keep their meaning.
     */
    public static String withoutInvisible(String text) {
        int[] points = text.codePoints().toArray();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < points.length; i++) {
            if (!invisible(points, i)) {
                out.appendCodePoint(points[i]);
            }
        }
        return out.toString();
    }

    private static boolean invisible(int[] points, int i) {
        int c = points[i];
        if (c == 0x200C || c == 0x200D) {
            return !(i > 0 && i + 1 < points.length && joinerMatters(points[i - 1], points[i + 1]));
        }
        return isDefaultIgnorable(c);
    }

    /** Default_Ignorable_Code_Point of Unicode, less the white space handled as spaces. */
    static boolean isDefaultIgnorable(int c) {
        return (Character.getType(c) == Character.FORMAT && c != 0x0600 && c != 0x0601 && c != 0x0602 && c != 0x0603
                && c != 0x0604 && c != 0x0605 && c != 0x06DD && c != 0x070F && c != 0x110BD)
                || c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x17B4 || c == 0x17B5
                || (c >= 0x180B && c <= 0x180F) || c == 0x3164 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFFA0
                || (c >= 0xE0000 && c <= 0xE0FFF);
    }

    private static boolean joinerMatters(int before, int after) {
        return joining(before) && joining(after) || emoji(before) && emoji(after);
    }

    private static boolean joining(int c) {
        return switch (Character.UnicodeScript.of(c)) {
            case ARABIC, SYRIAC, NKO, MONGOLIAN, THAANA, DEVANAGARI, BENGALI, GURMUKHI, GUJARATI, ORIYA, TAMIL, TELUGU,
                 KANNADA, MALAYALAM, SINHALA, KHMER, MYANMAR, TIBETAN, HEBREW -> true;
            default -> false;
        };
    }

    private static boolean emoji(int c) {
        return Character.getType(c) == Character.OTHER_SYMBOL || (c >= 0x1F3FB && c <= 0x1F3FF);
    }

    /** The message key of the first rule a normalised title breaks, if any. */
    public static Optional<String> problem(String title) {
        if (title.isEmpty()) {
            return Optional.of("title.empty");
        }
        if (title.codePointCount(0, title.length()) > MAX_LENGTH) {
            return Optional.of("title.tooLong");
        }
        if (title.equals(".") || title.equals("..")) {
            return Optional.of("title.dots");
        }
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (FORBIDDEN.indexOf(c) >= 0) {
                return Optional.of("title.forbidden");
            }
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT && c != '\u200D' && c != '\u200C') {
                return Optional.of("title.control");
            }
        }
        return Optional.empty();
    }

    public static boolean isValid(String title) {
        return problem(title).isEmpty();
    }

    public static String slug(String title) {
        return normalise(title).replace(' ', '_');
    }

    public static String fromSlug(String slug) {
        return normalise(slug);
    }

    /** The path of a page, each byte outside the unreserved set percent-encoded (UTF-8). */
    public static String path(String title) {
        return "/wiki/" + encodeSegment(slug(title));
    }

    public static String encodeSegment(String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$&'()*+,=:@".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }
}
