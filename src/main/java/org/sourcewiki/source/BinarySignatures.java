package org.sourcewiki.source;

import java.nio.charset.StandardCharsets;

/** Magic numbers of common binary formats, so that a picture or an archive is refused with its name. */
final class BinarySignatures {
    private BinarySignatures() {
    }

    static String recognise(byte[] bytes) {
        String head = new String(TextDecoder.prefix(bytes, 8), StandardCharsets.ISO_8859_1);
        if (head.startsWith("\u0089PNG")) {
            return "PNG image";
        }
        if (head.startsWith("\u00FF\u00D8\u00FF")) {
            return "JPEG image";
        }
        if (head.startsWith("GIF87a") || head.startsWith("GIF89a")) {
            return "GIF image";
        }
        if (head.startsWith("RIFF")) {
            return "RIFF media (WebP, WAV or AVI)";
        }
        if (head.startsWith("%PDF")) {
            return "PDF document";
        }
        if (head.startsWith("PK\u0003\u0004")) {
            return "ZIP archive or office document";
        }
        if (head.startsWith("\u001F\u008B")) {
            return "gzip archive";
        }
        if (head.startsWith("\u007FELF")) {
            return "executable";
        }
        return null;
    }
}
