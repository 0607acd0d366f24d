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

    /** Trimmed, white space runs made one space, underscores made spaces, NFC. */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC).replace('_', ' ');
        return nfc.strip().replaceAll("[\\s\\u00A0]+", " ");
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
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT && c != '\u200D' && c != '\u200C'
                    && c != '\u200F' && c != '\u200E') {
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
