package org.sourcewiki.source;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The file name stored with a source, the same whether it came from the command line or an upload: the last path
 * segment from any system ("../../x.txt" and "C:\\a\\b.txt" give "x.txt" and "b.txt"), control and format
 * characters removed (a newline or a bidi override in a name is never kept), Unicode in NFC, white space at the
 * edges stripped, and at most 255 bytes of UTF-8 (the common file-system limit), cut at a character boundary
 * before the extension so that ".pdf" survives.
 */
public final class FileNames {
    public static final int MAX_BYTES = 255;
    private static final String FALLBACK = "upload";

    private FileNames() {
    }

    /** The stored form of a file name as given (a path or a bare name); "upload" when nothing usable is left. */
    public static String stored(String given) {
        if (given == null) {
            return FALLBACK;
        }
        String name = clean(given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1));
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return FALLBACK;
        }
        return fitBytes(name);
    }

    /**
     * A file name as given, path included, cleaned as {@link #stored} cleans it but not cut: how an upload's report
     * names a file it left alone ("folder/.git/config"), since its base name alone would not say why; "upload"
     * when nothing is left.
     */
    public static String shown(String given) {
        String name = given == null ? "" : clean(given);
        return name.isEmpty() ? FALLBACK : name;
    }

    /** Control and format characters removed, NFC, white space at the edges stripped. */
    private static String clean(String name) {
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints()
                .filter(c -> Character.getType(c) != Character.CONTROL && Character.getType(c) != Character.FORMAT)
                .forEach(kept::appendCodePoint);
        return Normalizer.normalize(kept, Normalizer.Form.NFC).strip();
    }

    private static String fitBytes(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - extension.length());
        int budget = MAX_BYTES - extension.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder cut = new StringBuilder();
        int used = 0;
        for (int i = 0; i < stem.length(); ) {
            int codePoint = stem.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > budget) {
                break;
            }
            cut.appendCodePoint(codePoint);
            used += size;
            i += Character.charCount(codePoint);
        }
        return cut.toString().strip() + extension;
    }
}
